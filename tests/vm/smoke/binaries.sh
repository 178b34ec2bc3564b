#!/bin/bash
# Host binaries run unchanged in the VM: a C++20 program from the gzfs build and our tools.
source "$(dirname "$0")/../lib.sh"

[[ -x $GZFS_BUILD/tests/unit_tests ]] || skip "no $GZFS_BUILD/tests/unit_tests (run scripts/build)"
# Catch2 exits with the number of tests it listed: look at the output instead.
expect_match "[0-9]+ test cases" "$("$GZFS_BUILD/tests/unit_tests" --list-tests 2>&1)" "unit_tests runs"
for tool in gzfs gzpool gztrace; do
    if [[ -x $GZFS_BUILD/cmd/$tool/$tool ]]; then
        expect_ok "$tool" --help
    fi
done
