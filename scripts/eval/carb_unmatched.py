#!/usr/bin/env python3
"""Lists the claims and derived propositions that match NO CaRB gold proposition (one to one, as the scorer
matches), by class, for precision analysis (prints to the terminal only; nothing here is kept).
Usage: carb_unmatched.py GOLD.tsv CLAIMS.jsonl [--class NAME] [--quiet]

Classes, first that applies:
  dup        a near variant (Jaccard >= 0.5) of another claim of the sentence that did match a gold proposition
  has-attr   still holds an attribution verb (said, told, according ...)
  long       over twice the content words of the nearest gold proposition (glues several)
  short      under half the content words of the nearest gold proposition (a fragment)
  near       nearest gold proposition at Jaccard 0.3 to 0.5 (split differently)
  other
each split by kind: claim, or derived (report: the derived text holds the speaker and a reporting verb).
Ends with the count per class and the share of the unmatched among all claims of that kind."""
import collections, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
import carb_convert as cc
from carb_misses import ATTR

def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0

def main():
    gold_path, claims_path = sys.argv[1], sys.argv[2]
    only = sys.argv[sys.argv.index("--class") + 1] if "--class" in sys.argv else None
    quiet = "--quiet" in sys.argv
    counts, totals = collections.Counter(), collections.Counter()
    for sent, props, preds, P, G, match, used_p in cc.matched_sentences(gold_path, claims_path):
        out = []
        for i, c in enumerate(preds):
            kind = "derived" if c.get("derived") else "claim"
            if kind == "derived" and ATTR.search(c["text"]) and not c.get("speaker"):
                kind = "report"
            totals[kind] += 1
            if i in used_p:
                continue
            best = max(((jac(P[i], g), j) for j, g in enumerate(G)), default=(0.0, -1))
            g = G[best[1]] if best[1] >= 0 else set()
            if any(k in used_p and jac(P[i], P[k]) >= 0.5 for k in range(len(P)) if k != i):
                cls = "dup"
            elif kind != "report" and ATTR.search(c["text"]):
                cls = "has-attr"
            elif g and len(P[i]) > 2 * len(g):
                cls = "long"
            elif g and len(P[i]) * 2 < len(g):
                cls = "short"
            elif best[0] >= 0.3:
                cls = "near"
            else:
                cls = "other"
            key = f"{kind}:{cls}"
            counts[key] += 1
            if not quiet and (only is None or only in key):
                near = props[best[1]][0] if best[1] >= 0 else "(no gold)"
                out.append(f"  [{key}] {c['text']} | spk: {c.get('speaker')}\n      nearest {best[0]:.2f} {near}")
        cc.print_sentence(sent, out)
    cc.print_counts(counts)
    for kind, n in totals.items():
        un = sum(v for k, v in counts.items() if k.startswith(kind + ":"))
        print(f"{kind}: {un}/{n} unmatched = {un / n:.3f}")

if __name__ == "__main__":
    main()
