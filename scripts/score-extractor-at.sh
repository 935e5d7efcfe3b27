#!/usr/bin/env bash
# Scores the capex-guidance extractor of an earlier commit on today's labelled set (and today's
# naming and currency tables), with today's tests: the "before" rows of the README's extraction
# scores come from
#   scripts/score-extractor-at.sh 735b3ff
# and a later collection's "start" figures (docs/extraction.md, "The thirteenth round") from
#   scripts/score-extractor-at.sh 2c5501d 11 12
# An extractor older than the document-company context ignores it (the shims below only let the
# test compile against the older types).
set -euo pipefail
rev="${1:?usage: scripts/score-extractor-at.sh REV [COLLECTION...]}"
shift
collections=("$@")
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'git -C "$here" worktree remove --force "$dir/tree" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
git -C "$here" worktree add --quiet --detach "$dir/tree" "$rev"
cd "$dir/tree"
ln -s "$here/node_modules" node_modules
rm -rf data/guidance && cp -r "$here/data/guidance" data/guidance
cp "$here"/tests/sources/guidance/{eval-set.ts,eval-report.ts,collection-suite.ts,eval-set-score.test.ts} tests/sources/guidance/
for n in "${collections[@]}"; do cp "$here/tests/sources/guidance/eval-set-$n-score.test.ts" tests/sources/guidance/; done
if ! grep -q "CompanyRef" src/sources/guidance/types.ts; then
  node -e '
    const fs = require("fs");
    const p = "tests/sources/guidance/eval-set.ts";
    let s = fs.readFileSync(p, "utf8");
    s = s.replace(/import type \{ CompanyRef, DocumentKind, GuidanceStatement \}/, "import type { GuidanceStatement }");
    s = s.replace("export interface Label {", "type CompanyRef = { ticker: string; name?: string };\ntype DocumentKind = string;\nexport interface Label {");
    s = s.split("(s.per ?? null)").join("((s as { per?: string }).per ?? null)");
    s = s.split("(s) => s.segment").join("(s) => (s as { segment?: string }).segment");
    fs.writeFileSync(p, s);
  '
fi
if [ ${#collections[@]} -eq 0 ]; then
  CAPWATCH_SKIP_BUILD=1 npx vitest run tests/sources/guidance/eval-set-score.test.ts 2>&1 | grep -oE '\{"(development|heldOut)".*' || true
else
  files=(); for n in "${collections[@]}"; do files+=("tests/sources/guidance/eval-set-$n-score.test.ts"); done
  CAPWATCH_SKIP_BUILD=1 npx vitest run "${files[@]}" 2>&1 | grep -oE '\{"(development|heldOut)[0-9]+":\{"english":.*' || true
fi
