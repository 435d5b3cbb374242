#!/usr/bin/env python3
"""Fits the FAQ's answer confidence (src/SocialRiskBot/Faq/Search/AnswerConfidence.cs) and shows the trade-off.

Usage (from the repository root, after `dotnet build -c Release src/SocialRiskBot -o /tmp/srb`):
  python3 tools/faq/fit-confidence.py --bot /tmp/srb/SocialRiskBot.dll tests/faq-tuning
  python3 tools/faq/fit-confidence.py --bot /tmp/srb/SocialRiskBot.dll --folds 5 tests/faq-tuning

Fit on tests/faq-tuning only and keep tests/faq-dev out of it: the dev set is the fair test of the result
(FaqAccuracyTests, tools/faq/score.py). A folder holds in-scope.jsonl and phone.jsonl ({"q", "topic"}) and
out-of-scope.jsonl ({"q"}). `faq eval --features` gives, per question, the cosine with every entry's closest way
of asking and with its answer, the closest off-topic question, and the word index's confidence features. The
entries are ranked as FaqRanking ranks them (--answer-weight, --word-weight: try others to compare rankings);
the best one is labelled 1 when it has the right topic, 0 when not or when the question is out of scope; a
logistic regression over its features (--features, from FEATURES_AVAILABLE, to compare variants) is fitted by
Newton's method (no dependencies), so that the confidence reads as the probability that the answer is right.
The table shows, per threshold, the share answered outright with the right topic, answered wrong, and of
off-topic questions declined: choose Faq:AnswerThreshold from it. With --folds N the table is cross-validated
(each question scored by a model fitted without it, averaged over --seeds shuffles), the fair way to compare
feature sets; the weights printed are always those fitted on every question.
"""
import argparse, json, math, random, subprocess

FEATURES = ["asked", "words", "offTopicGap", "answered", "length"]
# asked, answered: cosines with the entry's closest way of asking and with its answer; words: the word index's
# confidence; offTopicGap: asked less the closest off-topic question; length: log of the question's words, up to
# LONGEST (AnswerConfidence.LongestFittedQuestion); topicMargin: how far the entry's fused score leads the best
# entry of another topic; margin: how far it leads the next entry; agree: 1 when the word index ranks it first.
FEATURES_AVAILABLE = ["asked", "answered", "words", "offTopicGap", "length", "topicMargin", "margin", "agree"]
LONGEST = 40
# The word index's own confidence (src/SocialRiskBot/Faq/Search/FaqConfidence.cs), over its match features.
WORD_MODEL = (-4.602, {"phraseCoverage": -0.069, "entryCoverage": 6.075, "tagCoverage": 0.776, "phraseFit": 3.135, "margin": -0.704, "topicMargin": 2.116})


def features_of(bot, path):
    out = subprocess.run(["dotnet", bot, "faq", "eval", "--features", "--input", path], check=True, capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [topic for _, topic in lines[0]["entries"]], lines[1:]


def word_confidence(c):
    z = WORD_MODEL[0] + sum(w * c[k] for k, w in WORD_MODEL[1].items())
    return 1 / (1 + math.exp(-z))


def best_entry(row, topics, answer_weight, word_weight):
    words = {c["entry"]: word_confidence(c) for c in row["lexical"]}
    fused = [row["asked"][e] + answer_weight * row["answered"][e] + word_weight * words.get(e, 0) for e in range(len(row["asked"]))]
    order = sorted(range(len(fused)), key=lambda e: (-fused[e], e))
    best = order[0]
    lexical_first = max(row["lexical"], key=lambda c: c["score"])["entry"] if row["lexical"] else -1
    return best, {
        "asked": row["asked"][best],
        "answered": row["answered"][best],
        "words": words.get(best, 0),
        "offTopicGap": row["asked"][best] - row["offTopic"],
        "length": math.log(min(max(row["words"], 1), LONGEST)),
        "topicMargin": fused[best] - max((fused[e] for e in range(len(fused)) if topics[e] != topics[best]), default=0),
        "margin": fused[best] - fused[order[1]],
        "agree": 1.0 if lexical_first == best else 0.0,
    }


def newton(xs, ys, l2=0.01, iterations=30):
    n = len(xs[0])
    w = [0.0] * n
    for _ in range(iterations):
        hessian = [[l2 if i == j and i > 0 else 0.0 for j in range(n)] for i in range(n)]
        gradient = [l2 * w[i] if i > 0 else 0.0 for i in range(n)]
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(a * b for a, b in zip(w, x))))))
            for i in range(n):
                gradient[i] += (p - y) * x[i]
                for j in range(n):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        a = [row[:] + [g] for row, g in zip(hessian, gradient)]
        for c in range(n):
            pivot = max(range(c, n), key=lambda r: abs(a[r][c]))
            a[c], a[pivot] = a[pivot], a[c]
            for r in range(n):
                if r != c:
                    f = a[r][c] / a[c][c]
                    for k in range(c, n + 1):
                        a[r][k] -= f * a[c][k]
        w = [wi - a[i][n] / a[i][i] for i, wi in enumerate(w)]
    return w


def fit(samples, features):
    return newton([[1] + [s["x"][f] for f in features] for s in samples], [s["y"] for s in samples])


def probability(w, features, x):
    return 1 / (1 + math.exp(-max(-30, min(30, w[0] + sum(wi * x[f] for wi, f in zip(w[1:], features))))))


def cross_validated(samples, features, folds, seed):
    """Each sample's confidence from a model fitted on the other folds."""
    order = list(range(len(samples)))
    random.Random(seed).shuffle(order)
    confidences = [0.0] * len(samples)
    for fold in range(folds):
        held = set(order[fold::folds])
        w = fit([s for i, s in enumerate(samples) if i not in held], features)
        for i in held:
            confidences[i] = probability(w, features, samples[i]["x"])
    return confidences


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bot", required=True)
    parser.add_argument("--answer-weight", type=float, default=0.5)
    parser.add_argument("--word-weight", type=float, default=0.5)
    parser.add_argument("--features", default=",".join(FEATURES), help=f"comma-separated, from {', '.join(FEATURES_AVAILABLE)}")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate the table over this many folds (0: fit and score on all)")
    parser.add_argument("--seeds", type=int, default=5, help="shuffles averaged when cross-validating")
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    features = args.features.split(",")
    unknown = [f for f in features if f not in FEATURES_AVAILABLE]
    if unknown:
        parser.error(f"unknown features: {', '.join(unknown)}")
    samples = []
    for folder in args.folders:
        for name in ["in-scope", "phone", "out-of-scope"]:
            gold = [json.loads(l).get("topic") for l in open(f"{folder}/{name}.jsonl") if l.strip()]
            topics, rows = features_of(args.bot, f"{folder}/{name}.jsonl")
            for row, topic in zip(rows, gold):
                best, x = best_entry(row, topics, args.answer_weight, args.word_weight)
                samples.append({"set": f"{folder}/{name}", "x": x, "y": 1 if topics[best] == topic else 0, "words": row["words"], "inScope": topic is not None})
    w = fit(samples, features)
    print("Intercept", round(w[0], 3))
    for name, value in zip(features, w[1:]):
        print(name, round(value, 3))
    if args.folds > 1:
        runs = [cross_validated(samples, features, args.folds, seed) for seed in range(1, args.seeds + 1)]
        print(f"cross-validated over {args.folds} folds, {args.seeds} shuffles")
    else:
        runs = [[probability(w, features, s["x"]) for s in samples]]
    for threshold in [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]:
        line = []
        for name in sorted({s["set"] for s in samples}):
            group = [(i, s) for i, s in enumerate(samples) if s["set"] == name]
            answered = [[s for i, s in group if run[i] >= threshold and s["words"] > 1] for run in runs]
            share = lambda count: sum(count(a) for a in answered) / len(answered) / len(group)
            if group[0][1]["inScope"]:
                line.append(f"{name}: right {share(lambda a: sum(s['y'] for s in a)):.3f}, wrong {share(lambda a: sum(1 - s['y'] for s in a)):.3f}")
            else:
                line.append(f"{name}: declined {1 - share(len):.3f}")
        print(f"threshold {threshold:.2f}  " + "  ".join(line))
    buckets = {}
    for i, s in enumerate(samples):
        buckets.setdefault(min(9, int(runs[0][i] * 10)), []).append(s["y"])
    print("calibration (confidence bucket: share right, count)")
    for k in sorted(buckets):
        print(f"  {k / 10:.1f}-{(k + 1) / 10:.1f}: {sum(buckets[k]) / len(buckets[k]):.2f} ({len(buckets[k])})")


if __name__ == "__main__":
    main()
