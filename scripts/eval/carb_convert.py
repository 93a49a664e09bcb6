#!/usr/bin/env python3
"""Converts `corroborate claims --per-line --format json` output for propscore.py, or (--speakers GOLD)
measures speakers: of the gold propositions with a `C:` context, the share matched (content-word Jaccard
>= 0.5, one to one, as the scorer matches) by a claim whose speaker matches the context's speaker (its
content words stand in the context; a pronoun speaker, which has none, must stand there as a word)."""
import importlib.util, json, os, re, sys

def load_claims(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        out[r["sentence"]] = r["claims"]
    return out

def convert(path):
    for sentence, claims in load_claims(path).items():
        print(json.dumps({"sentence": sentence, "claims": [c["text"] for c in claims]}, ensure_ascii=False))

def scorer_words():
    path = os.environ.get("PROPSCORE") or "/work/shared/eval/propscore.py"
    spec = importlib.util.spec_from_file_location("propscore", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.words

def speaker_matches(words, spk, ctx):
    """The speaker's content words all stand in the context; a speaker of stop words only (a pronoun:
    "He", "she", "It") must stand in the context as a word of its own."""
    if not spk:
        return False
    if words(spk):
        return words(spk) <= words(ctx) | {"said", "says", "say"}
    lower = lambda t: set(re.findall(r"[a-z0-9']+", t.lower()))
    return bool(lower(spk)) and lower(spk) <= lower(ctx)

def read_gold(gold_path):
    """The gold propositions per sentence, in file order: (text, speaker context or None)."""
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        sent, rel, args = parts[0], parts[1], parts[2:]
        ctx = [a[2:].strip() for a in args if a.startswith("C:")]
        args = [a for a in args if not re.match(r"^[CTL]:", a)]
        text = " ".join([args[0], rel] + args[1:]) if args else rel
        gold.setdefault(sent, []).append((text, ctx[0] if ctx else None))
    return gold

def one_to_one(P, G):
    """Matches claim word sets P to gold word sets G as the scorer does (Jaccard >= 0.5, best first, one
    to one): the claim index of each matched gold index, and the claim indices used."""
    pairs = sorted(((len(p & g) / len(p | g), i, j) for i, p in enumerate(P) for j, g in enumerate(G)
                    if p and g and len(p & g) / len(p | g) >= 0.5), reverse=True)
    used_p, used_g, match = set(), set(), {}
    for s, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i); used_g.add(j); match[j] = i
    return match, used_p

def matched_sentences(gold_path, claims_path):
    """For each gold sentence: (sentence, gold propositions, claims, claim word sets, gold word sets,
    gold index -> claim index, claim indexes used), matched one to one as the scorer does."""
    words = scorer_words()
    claims = load_claims(claims_path)
    for sent, props in read_gold(gold_path).items():
        preds = claims.get(sent, [])
        P = [words(c["text"]) for c in preds]
        G = [words(t) for t, _ in props]
        match, used_p = one_to_one(P, G)
        yield sent, props, preds, P, G, match, used_p


def print_sentence(sent, lines):
    """Prints a sentence and the diagnostic lines under it, when there are any."""
    if lines:
        print(sent)
        print("\n".join(lines))


def print_counts(counts):
    """Prints a Counter's classes, most common first, after a blank line."""
    print()
    for k, v in counts.most_common():
        print(f"{v:4d} {k}")


def speakers(gold_path, claims_path):
    """Prints the measure, then the same with a gold proposition whose content words repeat those of another
    gold proposition of its sentence (the annotators stated it twice) taking its twin's claim: one to one,
    one claim counts for one of the two, though the issue asks only that each proposition "get a claim"."""
    words = scorer_words()
    claims = load_claims(claims_path)
    gold = read_gold(gold_path)
    total = hit = twin_hit = 0
    for sent, props in gold.items():
        preds = claims.get(sent, [])
        P = [words(c["text"]) for c in preds]
        G = [words(t) for t, _ in props]
        match, _ = one_to_one(P, G)
        for j, (text, ctx) in enumerate(props):
            if ctx is None:
                continue
            total += 1
            i = match.get(j)
            if i is not None and speaker_matches(words, preds[i].get("speaker"), ctx):
                hit += 1
                twin_hit += 1
                continue
            if i is None and any(k != j and G[k] == G[j] and k in match
                                 and speaker_matches(words, preds[match[k]].get("speaker"), ctx)
                                 for k in range(len(G))):
                twin_hit += 1
    share = hit / total if total else 0.0
    print(f"speakers: {hit}/{total} gold propositions with a C: context matched by a claim with that speaker = {share:.3f}")
    twin = twin_hit / total if total else 0.0
    print(f"speakers, a repeated gold proposition sharing its twin's claim: {twin_hit}/{total} = {twin:.3f}")

if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--speakers":
        speakers(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        convert(sys.argv[1])
    else:
        sys.exit("usage: carb_convert.py CLAIMS.jsonl | --speakers GOLD.tsv CLAIMS.jsonl")
