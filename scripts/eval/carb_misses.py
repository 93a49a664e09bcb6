#!/usr/bin/env python3
"""Lists the misses of the CaRB speaker measure by class, for error analysis (prints to the terminal only;
nothing here is kept). Usage: carb_misses.py GOLD.tsv CLAIMS.jsonl [--all]

For every gold proposition with a `C:` speaker context that does not count (see carb_convert.py --speakers):
  (a) no claim matched it one to one: the nearest claim (highest content-word Jaccard) and its score, marked
      'has-attr' when that claim still carries the attribution's verb (say, tell, ...), 'taken' when it
      matched another gold proposition, 'long' when it has over twice the gold's content words;
  (b) matched, but the claim has no speaker or another one.
With --all, lists gold propositions without a context that no claim matched as well (recall misses),
with the same nearest-claim notes. Ends with the count per class."""
import collections, re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
import carb_convert as cc

ATTR = re.compile(r"\b(said|says|say|told|tells|according|added|noted|argued|asserted|contends|contended|"
                  r"believes|believed|thinks|reported|announced|estimated|predicted|warned|insisted)\b", re.I)

def main():
    gold_path, claims_path = sys.argv[1], sys.argv[2]
    show_all = "--all" in sys.argv
    words = cc.scorer_words()
    counts = collections.Counter()
    for sent, props, preds, P, G, match, used_p in cc.matched_sentences(gold_path, claims_path):
        out = []
        for j, (text, ctx) in enumerate(props):
            if ctx is None and not show_all:
                continue
            i = match.get(j)
            if i is not None:
                if ctx is None or cc.speaker_matches(words, preds[i].get("speaker"), ctx):
                    counts["hit"] += 1
                    continue
                cls = "b:no-speaker" if not preds[i].get("speaker") else "b:wrong-speaker"
                counts[cls] += 1
                out.append(f"  [{cls}] gold: {text} | C: {ctx}\n      claim: {preds[i]['text']} | spk: {preds[i].get('speaker')}")
                continue
            g = G[j]
            best = max(((len(p & g) / len(p | g) if p | g else 0, k) for k, p in enumerate(P)), default=(0, -1))
            notes = []
            if best[1] >= 0:
                c = preds[best[1]]
                if ATTR.search(c["text"]):
                    notes.append("has-attr")
                if best[1] in used_p:
                    notes.append("taken")
                if len(P[best[1]]) > 2 * len(g):
                    notes.append("long")
                if len(P[best[1]]) * 2 < len(g):
                    notes.append("short")
            cls = ("a:" if ctx else "r:") + (",".join(notes) or "other")
            counts[cls] += 1
            near = f"{best[0]:.2f} {preds[best[1]]['text']} | spk: {preds[best[1]].get('speaker')}" if best[1] >= 0 else "(no claim)"
            out.append(f"  [{cls}] gold: {text} | C: {ctx}\n      nearest {near}")
        cc.print_sentence(sent, out)
    cc.print_counts(counts)

if __name__ == "__main__":
    main()
