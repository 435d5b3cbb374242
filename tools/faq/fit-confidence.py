#!/usr/bin/env python3
"""Fits the FAQ confidence model (src/SocialRiskBot/Faq/Search/FaqConfidence.cs) and reports the trade-off.

Usage (from the repository root, after `dotnet build src/SocialRiskBot -o /tmp/srb`):
  python3 tools/faq/fit-confidence.py --bot /tmp/srb/SocialRiskBot.dll tests/faq-tuning

Fit on tests/faq-tuning only, and keep tests/faq-dev out of it: the dev set is the fair test of the result
(FaqAccuracyTests). The output shows, per threshold, the share of in-scope questions answered with the right
topic and of out-of-scope ones declined; choose Faq:AnswerThreshold from the tuning set's figures. Each folder holds in-scope.jsonl ({"q", "topic"}) and out-of-scope.jsonl ({"q"}). The bot's `faq eval --explain`
gives the best entry and its features; a question is labelled 1 when the best entry has the right topic, 0 when
not or when it is out of scope. A logistic regression over the features is fitted by gradient descent (no
dependencies), so the confidence it yields is a calibrated probability that the answer is right.
"""
import argparse, json, math, subprocess, sys

FEATURES = ["phraseCoverage", "entryCoverage", "tagCoverage", "phraseFit", "margin", "topicMargin"]


def evaluate(bot, path):
    out = subprocess.run(["dotnet", bot, "faq", "eval", "--explain", "--input", path], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def rows(bot, folder):
    gold = [json.loads(l) for l in open(f"{folder}/in-scope.jsonl") if l.strip()]
    for g, o in zip(gold, evaluate(bot, f"{folder}/in-scope.jsonl")):
        yield o, g["topic"]
    for o in evaluate(bot, f"{folder}/out-of-scope.jsonl"):
        yield o, None


def vector(o):
    f = o.get("features")
    if f is None:
        return None
    return [f[k] for k in FEATURES]


def fit(data, epochs=20000, rate=0.5, l2=1e-3):
    n = len(data[0][0])
    w, b = [0.0] * n, 0.0
    for _ in range(epochs):
        gw, gb = [0.0] * n, 0.0
        for x, y in data:
            p = 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))
            for i in range(n):
                gw[i] += (p - y) * x[i]
            gb += p - y
        w = [wi - rate * (gi / len(data) + l2 * wi) for wi, gi in zip(w, gw)]
        b -= rate * gb / len(data)
    return w, b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bot", required=True)
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    samples = []
    for folder in args.folders:
        for o, topic in rows(args.bot, folder):
            x = vector(o)
            if x is not None:
                samples.append((x, 1 if topic is not None and o.get("bestTopic") == topic else 0, topic is not None, folder, o))
    w, b = fit([(x, y) for x, y, *_ in samples])
    print("Intercept", round(b, 3))
    for name, value in zip(FEATURES, w):
        print(name, round(value, 3))
    probability = lambda x: 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))
    for threshold in [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]:
        for folder in args.folders:
            inscope = [s for s in samples if s[2] and s[3] == folder]
            oos = [s for s in samples if not s[2] and s[3] == folder]
            total_in = sum(1 for l in open(f"{folder}/in-scope.jsonl") if l.strip())
            total_out = sum(1 for l in open(f"{folder}/out-of-scope.jsonl") if l.strip())
            right = sum(1 for x, y, *_ in inscope if y == 1 and probability(x) >= threshold)
            answered_out = sum(1 for x, *_ in oos if probability(x) >= threshold)
            print(f"threshold {threshold:.2f} {folder}: in-scope right {right / total_in:.3f}, out-of-scope abstained {1 - answered_out / total_out:.3f}")
    buckets = {}
    for x, y, *_ in samples:
        k = min(9, int(probability(x) * 10))
        buckets.setdefault(k, []).append(y)
    print("calibration (confidence bucket: share right, count)")
    for k in sorted(buckets):
        print(f"  {k / 10:.1f}-{(k + 1) / 10:.1f}: {sum(buckets[k]) / len(buckets[k]):.2f} ({len(buckets[k])})")


if __name__ == "__main__":
    main()
