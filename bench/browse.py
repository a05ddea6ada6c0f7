#!/usr/bin/env python3
"""W5, dashboard browsing: request bodies for random pages of 20 models, half of them of the whole list (an `after`
cursor anywhere in it), half of them of one organization's models (its first, second or third page), with the W1
fields. Writes one JSON body per line for each service, the same pages in the same order, for bench/wrk/bodies.lua.

  python3 bench/browse.py --ledger http://127.0.0.1:8390 --postgraphile http://127.0.0.1:5390 --out bench/out/w5
"""
import argparse
import base64
import json
import os
import random
import urllib.request

PAGE = 20
OURS = """query Browse($after: String, $organization: String) {
  models(first: %d, after: $after, filter: {organization: $organization}) {
    pageInfo { hasNextPage endCursor }
    nodes { key name organization { name } claims { key amountLowUsd amountHighUsd flags { code } source { kind } }
            scopedTotal(scope: "ALL_IN") { lowUsd highUsd missingCategories } }
  }
}""" % PAGE
THEIRS = """query Browse($after: Cursor%s) {
  allModels(first: %d, after: $after, orderBy: KEY_ASC%s) {
    pageInfo { hasNextPage endCursor }
    nodes { key name organizationByOrganizationId { name }
            claimsByModelId(orderBy: KEY_ASC) {
              nodes { key amountLowUsd amountHighUsd claimFlagsByClaimId { nodes { code } } sourceBySourceId { kind } } } }
  }
}"""
# PostGraphile reads a null condition as IS NULL, so the whole list is asked without one; ids are BigInt (strings)
THEIRS_ALL = THEIRS % ("", PAGE, "")
THEIRS_OF_ORGANIZATION = THEIRS % (", $organization: BigInt", PAGE, ", condition: {organizationId: $organization}")


def post(url, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url + "/graphql", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.load(response)
    assert "errors" not in answer, answer["errors"]
    return answer["data"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ledger", required=True)
    parser.add_argument("--postgraphile", required=True)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    # PostGraphile's own cursors and organization ids, from PostGraphile itself
    edges = post(args.postgraphile, "{ allModels(orderBy: KEY_ASC) { edges { cursor node { key organizationId } } } }")
    edges = edges["allModels"]["edges"]
    organizations = post(args.postgraphile, "{ allOrganizations { nodes { id key } } }")["allOrganizations"]["nodes"]
    organization_key = {o["id"]: o["key"] for o in organizations}
    keys = [e["node"]["key"] for e in edges]
    theirs_cursor = {e["node"]["key"]: e["cursor"] for e in edges}
    by_organization = {}
    for e in edges:
        by_organization.setdefault(e["node"]["organizationId"], []).append(e["node"]["key"])

    def ours_cursor(key):
        return base64.urlsafe_b64encode(("key:" + key).encode()).decode().rstrip("=")

    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "ours.jsonl"), "w") as ours, \
            open(os.path.join(args.out, "theirs.jsonl"), "w") as theirs:
        for _ in range(args.requests):
            if rng.random() < 0.5:
                start = rng.randrange(0, len(keys) // PAGE) * PAGE
                after = keys[start - 1] if start else None
                organization = None
            else:
                organization = rng.choice(sorted(by_organization))
                models = by_organization[organization]
                start = rng.randrange(0, max(1, (len(models) + PAGE - 1) // PAGE)) * PAGE
                after = models[start - 1] if start else None
            ours.write(json.dumps({"query": OURS, "variables": {
                "after": ours_cursor(after) if after else None,
                "organization": organization_key[organization] if organization else None}}) + "\n")
            variables = {"after": theirs_cursor[after] if after else None}
            if organization is not None:
                variables["organization"] = str(organization)
            theirs.write(json.dumps({"query": THEIRS_OF_ORGANIZATION if organization is not None else THEIRS_ALL,
                                     "variables": variables}) + "\n")


if __name__ == "__main__":
    main()
