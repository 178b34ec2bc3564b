#!/bin/bash
# Bad input: one line on stderr, exit 1 or 2, and nothing changed.
source "$(dirname "$0")/../lib.sh"

truncate -s 256M /tmp/b1 /tmp/b2
truncate -s 32M /tmp/small
one_line() {
    local want=$1
    shift
    local err rc=0
    err=$("$@" 2>&1 >/dev/null) || rc=$?
    expect_eq "$want" "$rc" "exit status of: $*"
    expect_eq 1 "$(printf '%s\n' "$err" | grep -c .)" "one error line from: $*"
}
one_line 1 gzpool create tank mirror /tmp/b1
one_line 1 gzpool create tank /tmp/nothere
one_line 1 gzpool create mirror /tmp/b1 /tmp/b2
one_line 1 gzpool create log /tmp/b1
one_line 1 gzpool create 1tank /tmp/b1
one_line 1 gzpool create tank /tmp/small
one_line 1 gzpool create tank /tmp/b1 /tmp/b1
one_line 1 gzpool create tank /tmp/b1 mirror /tmp/b2 /tmp/small
one_line 1 gzpool create tank raidz4 /tmp/b1
one_line 2 gzpool create
one_line 2 gzpool status --bogus
one_line 1 gzpool import -d /tmp nosuchpool
one_line 1 gzpool status nosuchpool
one_line 1 gzpool destroy nosuchpool
expect_eq "no pools available" "$("$REAL_ZPOOL" list 2>&1)" "nothing was created"

make_pool last @
one_line 1 gzpool offline last /tmp/vdevs/last-1
expect_match "last-1 +ONLINE" "$("$REAL_ZPOOL" status last)" "last replica still online"
one_line 1 gzpool offline last /tmp/nothere
one_line 1 gzpool set bogus=1 last
one_line 1 gzpool set size=1 last
