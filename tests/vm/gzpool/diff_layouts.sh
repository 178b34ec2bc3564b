#!/bin/bash
# gzpool and the real zpool print the same list -Hp, get -Hp, status and status -j for a
# mirror, a raidz2 and a pool with log/cache/spare/special vdevs.
source "$(dirname "$0")/../lib.sh"

compare_pool() {
    local pool=$1
    expect_same_output gzpool list -Hp "$pool" -- "$REAL_ZPOOL" list -Hp "$pool"
    expect_same_output gzpool list "$pool" -- "$REAL_ZPOOL" list "$pool"
    expect_same_output gzpool get -Hp all "$pool" -- "$REAL_ZPOOL" get -Hp all "$pool"
    expect_same_output gzpool status "$pool" -- "$REAL_ZPOOL" status "$pool"
    expect_same_output gzpool status -p "$pool" -- "$REAL_ZPOOL" status -p "$pool"
    expect_same_output gzpool status -j "$pool" -- "$REAL_ZPOOL" status -j "$pool"
    expect_same_output gzpool status -j --json-int "$pool" -- "$REAL_ZPOOL" status -j --json-int "$pool"
    expect_same_output gzpool status -j --json-flat-vdevs "$pool" -- \
        "$REAL_ZPOOL" status -j --json-flat-vdevs "$pool"
    expect_same_output gzpool list -j "$pool" -- "$REAL_ZPOOL" list -j "$pool"
    expect_same_output gzpool get -j all "$pool" -- "$REAL_ZPOOL" get -j all "$pool"
}

make_pool mirr mirror @ @
compare_pool mirr
make_pool rz2 raidz2 @ @ @ @
compare_pool rz2
make_pool cls mirror @ @ log @ cache @ spare @ special mirror @ @
compare_pool cls
expect_same_output gzpool status -x -- "$REAL_ZPOOL" status -x
expect_same_output gzpool list -Hp -- "$REAL_ZPOOL" list -Hp
