#!/usr/bin/env python3
"""Synthetic ledger generator for the Cost Ledger benchmark.

Deterministic from a seed: the same arguments always write the same bundles. Writes bundle files (the JSON format of
POST /bundles) into an output folder: one shared bundle (organizations, hardware, rates over several dates), then the
models and their claims in chunks, so that each request stays a reasonable size.

  python3 bench/generate.py --models 10000 --seed 42 --out bench/out/ledger
  python3 bench/generate.py --claims-bundle 1000 --prefix w4-1 --out bench/out/w4   # one bundle of 1,000 new claims
"""
import argparse
import json
import os
import random

CATEGORIES = ["FINAL_TRAINING_RUN", "OTHER_TRAINING", "RESEARCH_AND_EXPERIMENTS", "DATA", "INFRASTRUCTURE",
              "PERSONNEL", "OVERHEAD"]
SCOPES = ["FINAL_RUN", "TRAINING", "DEVELOPMENT_COMPUTE", "DEVELOPMENT", "ALL_IN"]
# (kind, weight): most claims come from press and primary sources, as in the reference data.
SOURCE_KINDS = [("PRIMARY_DISCLOSURE", 3), ("COMPANY_STATEMENT", 2), ("ANALYST_ESTIMATE", 2), ("PRESS", 4),
                ("OTHER", 1)]
HARDWARE = [("h100", "H100", 2.99), ("a100", "A100", 1.80), ("h800", "H800", 2.00),
            ("tpu", "TPU v5", 1.60)]
RATE_DATES = ["2022-06-01", "2023-06-01", "2024-06-01", "2025-06-01"]


def shared(prefix, organizations):
    hardware = [{"key": f"{prefix}-{key}", "name": name, "vendor": "Bench"} for key, name, _ in HARDWARE]
    rates = []
    for key, _, base in HARDWARE:
        for i, date in enumerate(RATE_DATES):
            for kind, factor in (("ON_DEMAND", 1.0), ("COMMITTED_1Y", 0.7), ("COMMITTED_3Y", 0.5)):
                rates.append({"hardware": f"{prefix}-{key}", "kind": kind,
                              "usdPerGpuHour": round(base * factor * (1.3 - 0.1 * i), 2), "effectiveOn": date,
                              "provider": "Bench Cloud"})
    orgs = [{"key": f"{prefix}-org-{o:04d}", "name": f"Bench Org {o:04d}", "country": "US"}
            for o in range(organizations)]
    return {"organizations": orgs, "hardware": hardware, "hardwareRates": rates}


def coverage(rng):
    """A claim's included and excluded categories: mostly compute, sometimes wider, often silent on the rest."""
    width = rng.choices([1, 2, 3, 5, 7], weights=[4, 4, 2, 1, 1])[0]
    start = rng.choice([0, 0, 0, 1, 3])
    included = CATEGORIES[start:start + width] or CATEGORIES[:1]
    rest = [c for c in CATEGORIES if c not in included]
    excluded = [c for c in rest if rng.random() < 0.3]
    return included, excluded


def claim(rng, prefix, key, model, source, claims_so_far):
    included, excluded = coverage(rng)
    item = {"key": key, "source": source, "model": model, "quote": f"Synthetic figure {key}.",
            "included": included}
    if excluded:
        item["excluded"] = excluded
    if rng.random() < 0.6:
        item["presentedScope"] = rng.choice(SCOPES)
    shape = rng.random()
    hardware = f"{prefix}-{rng.choice(HARDWARE)[0]}"
    if shape < 0.25:  # GPU-hours without an amount
        item.update(gpuHours=rng.randrange(10_000, 5_000_000), hardware=hardware)
    elif shape < 0.5:  # GPU-hours, a rate and the amount they make (sometimes misquoted)
        hours = rng.randrange(10_000, 5_000_000)
        rate = rng.choice([1.5, 2.0, 2.5, 3.0])
        amount = round(hours * rate * (1.0 if rng.random() < 0.9 else 1.2), 2)
        item.update(gpuHours=hours, hardware=hardware, rateUsdPerGpuHour=rate, rateAssumed=rng.random() < 0.5,
                    amountUsd=amount)
    elif shape < 0.65:  # an open-ended "more than"
        item["amountLowUsd"] = rng.randrange(1, 500) * 1_000_000
    elif shape < 0.8:  # a range
        low = rng.randrange(1, 200) * 1_000_000
        item.update(amountLowUsd=low, amountHighUsd=low * rng.choice([2, 3, 5]))
    else:
        item["amountUsd"] = rng.randrange(100_000, 300_000_000)
    if claims_so_far and rng.random() < 0.2:  # a repetition of an earlier claim, sometimes about another model
        item["cites"] = rng.choice(claims_so_far[-200:])
    if rng.random() < 0.3:
        item["statedOn"] = f"{rng.choice([2022, 2023, 2024, 2025])}-{rng.randrange(1, 13):02d}-15"
    return item


def ledger(rng, prefix, models, claims_per_model, organizations, chunk):
    """Yields the model bundles: each model's claims, sources, and a base model up to three steps back."""
    claims_so_far = []
    for start in range(0, models, chunk):
        bundle = {"sources": [], "models": [], "claims": []}
        for m in range(start, min(models, start + chunk)):
            key = f"{prefix}-model-{m:06d}"
            model = {"key": key, "name": f"Bench Model {m:06d}",
                     "organization": f"{prefix}-org-{m % organizations:04d}",
                     "releasedOn": f"{rng.choice([2022, 2023, 2024, 2025])}-{rng.randrange(1, 13):02d}-01"}
            depth = m % 4  # lineage chains: model 4k has no base, 4k+1 is based on 4k, ... up to depth 3
            if depth and m - 1 >= start:
                model["baseModel"] = f"{prefix}-model-{m - 1:06d}"
            bundle["models"].append(model)
            kinds = [k for k, w in SOURCE_KINDS for _ in range(w)]
            sources = []
            for s in range(3):
                source = {"key": f"{key}-src-{s}", "title": f"Source {s} on model {m}", "kind": rng.choice(kinds),
                          "publishedOn": f"{rng.choice([2022, 2023, 2024, 2025])}-{rng.randrange(1, 13):02d}-10"}
                sources.append(source["key"])
                bundle["sources"].append(source)
            count = max(1, int(rng.gauss(claims_per_model, 2)))
            for c in range(count):
                item = claim(rng, prefix, f"{key}-claim-{c:02d}", key, rng.choice(sources), claims_so_far)
                bundle["claims"].append(item)
                claims_so_far.append(item["key"])
        yield bundle


def claims_bundle(rng, prefix, claims, bench_prefix):
    """One bundle of new models and exactly `claims` new claims (10 a model), for the load workload."""
    bundle = next(ledger(rng, prefix, claims // 10, 10, 1, claims // 10))
    bundle["claims"] = bundle["claims"][:claims]
    while len(bundle["claims"]) < claims:
        extra = dict(bundle["claims"][-1], key=f"{prefix}-extra-{len(bundle['claims'])}")
        extra.pop("cites", None)
        bundle["claims"].append(extra)
    bundle["organizations"] = [{"key": f"{prefix}-org-0000", "name": f"{prefix} org"}]
    for item in bundle["claims"]:  # hardware of the shared bundle
        if "hardware" in item:
            item["hardware"] = item["hardware"].replace(prefix, bench_prefix, 1)
    return bundle


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--claims-per-model", type=int, default=10)
    parser.add_argument("--organizations", type=int, default=200)
    parser.add_argument("--chunk", type=int, default=250, help="models per bundle file")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--prefix", default="bench")
    parser.add_argument("--claims-bundle", type=int, help="write one bundle of this many new claims instead")
    parser.add_argument("--bench-prefix", default="bench", help="prefix of the shared hardware (--claims-bundle)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    def write(name, bundle):
        with open(os.path.join(args.out, name), "w") as f:
            json.dump(bundle, f, separators=(",", ":"))

    if args.claims_bundle:
        write(f"{args.prefix}.json", claims_bundle(rng, args.prefix, args.claims_bundle, args.bench_prefix))
        return
    write("000-shared.json", shared(args.prefix, args.organizations))
    for i, bundle in enumerate(ledger(rng, args.prefix, args.models, args.claims_per_model, args.organizations,
                                      args.chunk), start=1):
        write(f"{i:03d}-models.json", bundle)


if __name__ == "__main__":
    main()
