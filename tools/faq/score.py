#!/usr/bin/env python3
"""Scores the bot's FAQ decisions on a question set with `faq eval`.

Usage (from the repository root, after `dotnet build -c Release src/SocialRiskBot -o /tmp/srb`):
  python3 tools/faq/score.py --bot /tmp/srb/SocialRiskBot.dll tests/faq-dev [tests/faq-tuning]

For each folder: in-scope.jsonl and phone.jsonl ({"q", "topic"}) give the share answered outright with the
right topic (and the share whose best entry has the right topic, answered or not); out-of-scope.jsonl ({"q"})
gives the share not answered outright. --misses lists the questions behind each shortfall.
"""
import argparse, json, os, subprocess


def evaluate(bot, path):
    out = subprocess.run(["dotnet", bot, "faq", "eval", "--explain", "--input", path], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def read(path):
    return [json.loads(l) for l in open(path) if l.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bot", required=True)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    for folder in args.folders:
        for name in ["in-scope", "phone"]:
            path = f"{folder}/{name}.jsonl"
            if not os.path.exists(path):
                continue
            gold = read(path)
            out = evaluate(args.bot, path)
            best = sum(1 for g, o in zip(gold, out) if o.get("bestTopic") == g["topic"])
            right = sum(1 for g, o in zip(gold, out) if o["topic"] == g["topic"])
            wrong = sum(1 for g, o in zip(gold, out) if o["topic"] is not None and o["topic"] != g["topic"])
            print(f"{path}: {len(gold)} questions, best entry right topic {best / len(gold):.1%}, "
                  f"answered outright right {right / len(gold):.1%}, answered wrong {wrong / len(gold):.1%}")
            if args.misses:
                for g, o in zip(gold, out):
                    if o["topic"] != g["topic"]:
                        print(f"    {g['topic']} <- {g['q']!r}: {o.get('decision')} {o.get('best')} ({o['score']})")
        path = f"{folder}/out-of-scope.jsonl"
        out = evaluate(args.bot, path)
        answered = [o for o in out if o["answerId"] is not None]
        print(f"{path}: {len(out)} questions, not answered outright {1 - len(answered) / len(out):.1%}")
        if args.misses:
            for o in answered:
                print(f"    answered {o['q']!r} with {o['answerId']} ({o['score']})")


if __name__ == "__main__":
    main()
