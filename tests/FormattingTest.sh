#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what clang-format (.clang-format) makes of it.
# Usage: FormattingTest.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
cd "$2"

mapfile -t files < <(find src tests bench -name '*.cpp' -o -name '*.h' | sort)
if [ ${#files[@]} -eq 0 ]; then
    echo "FAIL: no C++ files found under $2" >&2
    exit 1
fi
if ! "$clang_format" --dry-run -Werror "${files[@]}"; then
    echo "FAIL: run clang-format -i on the files named above" >&2
    exit 1
fi
echo "PASS: ${#files[@]} files formatted as .clang-format says"
