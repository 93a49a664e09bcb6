#!/usr/bin/env python3
"""Sorts the misses of the CaRB speaker measure (carb_convert.py --speakers) into what would fix them, for
error analysis (prints counts and, with --list, the gold propositions of each class; nothing is kept).
Usage: carb_speaker_classes.py GOLD.tsv CLAIMS.jsonl [--list]

Each gold proposition with a `C:` context that does not count falls in the first class that fits:
  duplicate   its content words equal those of another gold proposition of the sentence that a claim
              matched (one to one, one claim can count once: only a second claim with the same words could)
  speaker     a claim matched it, but with no speaker or another one (an attribution miss)
  split       no claim matched it, but a claim of the sentence carries its speaker (a splitting miss)
  unreported  no claim matched it and no claim of the sentence carries its speaker
Also prints the sentence-level share: gold propositions for which some claim of the sentence carries the
speaker, whatever its text (what attribution alone can reach)."""
import collections, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import carb_convert as cc


def main():
    gold_path, claims_path = sys.argv[1], sys.argv[2]
    show = "--list" in sys.argv
    words = cc.scorer_words()
    counts = collections.Counter()
    listed = collections.defaultdict(list)
    total = sentence_level = 0
    for sent, props, preds, P, G, match, used_p in cc.matched_sentences(gold_path, claims_path):
        for j, (text, ctx) in enumerate(props):
            if ctx is None:
                continue
            total += 1
            carried = any(cc.speaker_matches(words, c.get("speaker"), ctx) for c in preds)
            sentence_level += carried
            i = match.get(j)
            if i is not None and cc.speaker_matches(words, preds[i].get("speaker"), ctx):
                counts["hit"] += 1
                continue
            if i is not None:
                cls = "speaker"
            elif any(k != j and G[k] == G[j] and k in match for k in range(len(G))):
                cls = "duplicate"
            elif carried:
                cls = "split"
            else:
                cls = "unreported"
            counts[cls] += 1
            listed[cls].append(f"  {text} | C: {ctx}\n      in: {sent}")
    for cls in ("duplicate", "speaker", "split", "unreported"):
        if show and listed[cls]:
            print(f"[{cls}]")
            print("\n".join(listed[cls]))
    cc.print_counts(counts)
    print(f"\nsentence level: {sentence_level}/{total} gold propositions have a claim of their sentence with the speaker")


if __name__ == "__main__":
    main()
