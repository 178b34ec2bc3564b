#!/bin/bash
# gzpool create with each vdev kind (checked with the real zpool), -n, export and import by
# scanning a directory (by name, by guid, with a new name), destroy.
source "$(dirname "$0")/../lib.sh"

mkdir -p /tmp/g
for i in 1 2 3 4 5 6 7 8 9; do truncate -s 256M /tmp/g/d$i; done

expect_ok gzpool create p1 /tmp/g/d1
expect_match "p1 +ONLINE" "$("$REAL_ZPOOL" status p1)" "plain"
expect_ok gzpool destroy p1
expect_ok gzpool create p2 mirror /tmp/g/d1 /tmp/g/d2 log /tmp/g/d3 cache /tmp/g/d4 \
    spare /tmp/g/d5 special mirror /tmp/g/d6 /tmp/g/d7
st=$("$REAL_ZPOOL" status p2)
expect_match "mirror-0 +ONLINE" "$st" "mirror"
expect_match "logs" "$st" "log class"
expect_match "cache" "$st" "cache"
expect_match "spares" "$st" "spares"
expect_match "special" "$st" "special class"
expect_ok gzpool destroy p2
expect_ok gzpool create p3 raidz2 /tmp/g/d1 /tmp/g/d2 /tmp/g/d3 /tmp/g/d4
expect_match "raidz2-0 +ONLINE" "$("$REAL_ZPOOL" status p3)" "raidz2"
expect_ok gzpool destroy p3
expect_ok gzpool create p4 draid1:2d:1s /tmp/g/d1 /tmp/g/d2 /tmp/g/d3 /tmp/g/d4
expect_match "draid1:2d:4c:1s-0 +ONLINE" "$("$REAL_ZPOOL" status p4)" "draid"
expect_ok gzpool destroy p4
expect_ok gzpool create p5 /tmp/g/d1 dedup /tmp/g/d2
expect_match "dedup" "$("$REAL_ZPOOL" status p5)" "dedup class"
expect_ok gzpool destroy p5
expect_same_output gzpool create -n p6 mirror /tmp/g/d1 /tmp/g/d2 log /tmp/g/d3 -- \
    "$REAL_ZPOOL" create -n p6 mirror /tmp/g/d1 /tmp/g/d2 log /tmp/g/d3
expect_fail 1 "$REAL_ZPOOL" list p6

# export, then import by scanning /tmp/g
expect_ok gzpool create tank mirror /tmp/g/d8 /tmp/g/d9
guid=$("$REAL_ZPOOL" get -Hp -o value guid tank)
expect_ok gzpool export tank
expect_fail 1 "$REAL_ZPOOL" list tank
expect_match "pool: tank" "$(gzpool import -d /tmp/g)" "listed as importable"
expect_match "\"tank\"" "$(gzpool import -j -d /tmp/g)" "importable as JSON"
expect_ok gzpool import -d /tmp/g tank
expect_eq ONLINE "$("$REAL_ZPOOL" list -Ho health tank)" "imported by name"
expect_ok gzpool export tank
expect_ok gzpool import -d /tmp/g "$guid"
expect_ok "$REAL_ZPOOL" list tank
expect_ok gzpool export tank
expect_ok gzpool import -d /tmp/g tank renamed
expect_ok "$REAL_ZPOOL" list renamed
expect_eq "$guid" "$("$REAL_ZPOOL" get -Hp -o value guid renamed)" "same pool renamed"
expect_ok "$REAL_ZPOOL" export renamed
expect_ok gzpool import -a -d /tmp/g
expect_ok "$REAL_ZPOOL" list renamed
