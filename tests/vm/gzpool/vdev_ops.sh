#!/bin/bash
# attach/detach/replace/online/offline/clear/add/remove through gzpool, checked with the real
# zpool status.
source "$(dirname "$0")/../lib.sh"

make_pool t @
truncate -s 256M /tmp/vdevs/n1 /tmp/vdevs/n2 /tmp/vdevs/n3 /tmp/vdevs/n4
expect_ok gzpool attach t /tmp/vdevs/t-1 /tmp/vdevs/n1
"$REAL_ZPOOL" wait -t resilver t
expect_match "mirror-0" "$("$REAL_ZPOOL" status t)" "attach made a mirror"
expect_ok gzpool offline t /tmp/vdevs/n1
expect_match "n1 +OFFLINE" "$("$REAL_ZPOOL" status t)" "offline"
expect_ok gzpool online t /tmp/vdevs/n1
expect_match "n1 +ONLINE" "$("$REAL_ZPOOL" status t)" "online"
expect_ok gzpool replace t /tmp/vdevs/n1 /tmp/vdevs/n2
"$REAL_ZPOOL" wait -t replace t
st=$("$REAL_ZPOOL" status t)
expect_match "n2 +ONLINE" "$st" "replaced"
expect_eq "" "$(grep n1 <<<"$st")" "old device gone"
expect_ok gzpool detach t /tmp/vdevs/n2
expect_eq "" "$("$REAL_ZPOOL" status t | grep mirror)" "detach left a single disk"
expect_ok gzpool clear t
expect_ok gzpool add t /tmp/vdevs/n3
expect_match "n3 +ONLINE" "$("$REAL_ZPOOL" status t)" "added"
expect_ok gzpool add t log /tmp/vdevs/n4
expect_match "logs" "$("$REAL_ZPOOL" status t)" "log added"
expect_ok gzpool remove t /tmp/vdevs/n4
"$REAL_ZPOOL" wait -t remove t
expect_eq "" "$("$REAL_ZPOOL" status t | grep n4)" "log removed"
expect_ok gzpool remove t /tmp/vdevs/n3
"$REAL_ZPOOL" wait -t remove t
expect_eq "" "$("$REAL_ZPOOL" status t | grep 'n3 ')" "top-level removed"
expect_ok gzpool scrub t
expect_ok gzpool set comment=hello t
expect_eq hello "$("$REAL_ZPOOL" get -Ho value comment t)" "set comment"
