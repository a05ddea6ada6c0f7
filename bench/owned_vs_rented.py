#!/usr/bin/env python3
"""Rented against owned, for the ten models with the most claims (issue 24's closing note). Not part of CI.

  python3 bench/owned_vs_rented.py [http://localhost:8080]

For each model: its TRAINING total as stated, re-priced at ON_DEMAND rates and at AMORTIZED (owned) values; then the
claims with both an on-demand and an amortized value, by the largest gap between them.
"""
import json
import sys
import urllib.request

URL = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080") + "/graphql"
QUERY = """
{ models(first: 500) { nodes { key claimCount
    stated: scopedTotal(scope: "TRAINING") { lowUsd highUsd }
    rented: scopedTotal(scope: "TRAINING", rateKind: ON_DEMAND) { lowUsd highUsd }
    owned: scopedTotal(scope: "TRAINING", rateKind: AMORTIZED) { lowUsd highUsd } } }
  claims(first: 500, filter: {hasGpuHours: true}) { nodes { key model { key } gpuHours hardware { key }
    onDemand: costAt(rateKind: ON_DEMAND) amortized { totalUsd usdPerChipHour ageYears } } } }
"""


def graphql(query):
    request = urllib.request.Request(URL, json.dumps({"query": query}).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as answer:
        body = json.loads(answer.read())
    if body.get("errors"):
        raise SystemExit(json.dumps(body["errors"], indent=2))
    return body["data"]


def usd(total):
    if total is None or total["lowUsd"] is None:
        return "-"
    low, high = float(total["lowUsd"]), total["highUsd"]
    if high is None:
        return f"at least {low:,.0f}"
    return f"{low:,.0f}" if float(high) == low else f"{low:,.0f} to {float(high):,.0f}"


data = graphql(QUERY)
models = sorted(data["models"]["nodes"], key=lambda model: (-model["claimCount"], model["key"]))[:10]
print("| model | claims | TRAINING as stated | at on-demand rates | owned (amortized) | owned / rented |")
print("|---|---:|---:|---:|---:|---:|")
for model in models:
    rented, owned = model["rented"], model["owned"]
    ratio = (f"{float(owned['lowUsd']) / float(rented['lowUsd']):.2f}"
             if float(rented["lowUsd"] or 0) > 0 and float(owned["lowUsd"] or 0) > 0 else "-")
    print(f"| {model['key']} | {model['claimCount']} | {usd(model['stated'])} | {usd(rented)} | {usd(owned)} | {ratio} |")

gaps = []
for claim in data["claims"]["nodes"]:
    if claim["onDemand"] is not None and claim["amortized"] is not None:
        rented, owned = float(claim["onDemand"]), float(claim["amortized"]["totalUsd"])
        gaps.append((max(rented, owned) / min(rented, owned), claim, rented, owned))
gaps.sort(key=lambda gap: -gap[0])
print()
print("| claim | hardware | GPU-hours | on-demand | owned | factor | owned $/GPU-h | chips' age (years) |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for factor, claim, rented, owned in gaps[:10]:
    print(f"| {claim['key']} | {claim['hardware']['key']} | {float(claim['gpuHours']):,.0f} | {rented:,.0f} | {owned:,.0f}"
          f" | x{factor:.2f} {'(owned cheaper)' if owned < rented else '(owned dearer)'}"
          f" | {claim['amortized']['usdPerChipHour']} | {claim['amortized']['ageYears']} |")
