#!/bin/bash
# Pool create/destroy, props, vdev add/attach/detach/remove/set_state, scrub, clear, reguid,
# sync, checkpoint, initialize, trim, wait, events, history; each checked with the real zpool.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

v=/tmp/vdevs
mkdir -p $v
truncate -s 512M $v/a $v/b $v/c $v/d $v/e

# POOL_CREATE with features and a property, POOL_DESTROY.
probe_ok pool_create made feature@device_removal=enabled feature@zpool_checkpoint=enabled \
    comment=hello $v/a
expect_eq made "$(zpool list -H -o name)" "created pool listed"
expect_eq hello "$(zpool get -H -o value comment made)" "create-time property"
expect_eq enabled "$(zpool get -H -o value feature@device_removal made)" "feature enabled"
expect_eq disabled "$(zpool get -H -o value feature@encryption made)" "other features off"

# POOL_SET_PROPS / POOL_GET_PROPS.
probe_ok pool_set_props made comment=changed
expect_eq changed "$(zpool get -H -o value comment made)" "set comment"
probe_ok pool_get_props made
expect_eq changed "$(pj .comment.value)" "get comment"

# VDEV_ADD then VDEV_REMOVE (device_removal) of a top-level vdev.
probe_ok vdev_add made $v/b
expect_match "$v/b +ONLINE" "$(zpool status -P made)" "added vdev"
probe_ok vdev_remove made $v/b
zpool wait -t remove made
expect_fail grep -q "$v/b" <(zpool status -P made)

# VDEV_ATTACH makes a mirror; WAIT for the resilver; VDEV_DETACH undoes it.
probe_ok vdev_attach made $v/a $v/c
probe_ok pool_wait made resilver
expect_match "mirror-0 +ONLINE" "$(zpool status made)" "attached mirror"
# VDEV_SET_STATE offline/online.
probe_ok vdev_set_state made $v/c offline
expect_match "$v/c +OFFLINE" "$(zpool status -P made)" "offlined"
probe_ok vdev_set_state made $v/c online
expect_eq 7 "$(pj .state)" "new state ONLINE returned"
expect_match "$v/c +ONLINE" "$(zpool status -P made)" "onlined"
probe_ok vdev_detach made $v/c
expect_fail grep -q "$v/c" <(zpool status -P made)

# Scrub (POOL_SCRUB on 2.2+, POOL_SCAN before) and POOL_SCAN directly; WAIT.
probe_ok pool_scrub made
probe_ok pool_wait made scrub
expect_match "scrub repaired 0B" "$(zpool status made)" "scrub ran"
probe_ok pool_scan made
probe_ok pool_wait made scrub
expect_match "scrub repaired 0B" "$(zpool status made)" "scan ran"

# CLEAR, REGUID, SYNC.
probe_ok pool_clear made
guid=$(zpool get -Hp -o value guid made)
probe_ok pool_reguid made
expect_fail test "$guid" = "$(zpool get -Hp -o value guid made)"
probe_ok pool_sync made

# Checkpoint and discard.
probe_ok pool_checkpoint made
expect_match '^[0-9]' "$(zpool get -Hp -o value checkpoint made)" "checkpoint exists"
probe_err ZFS_ERR_CHECKPOINT_EXISTS pool_checkpoint made
expect_eq "cannot checkpoint 'made': checkpoint exists" "$(probe_message)"
probe_ok pool_discard_checkpoint made
zpool wait -t discard made
expect_eq - "$(zpool get -H -o value checkpoint made)" "checkpoint discarded"

# Initialize (started, then cancelled: writing 512M under TCG is slow) and trim of a leaf.
probe_ok pool_initialize made start $v/a
expect_match "initializ" "$(zpool status -i made)" "initializing"
probe_ok pool_initialize made cancel $v/a
probe_ok pool_wait made initialize
probe_ok pool_trim made start $v/a
probe_ok pool_wait made trim
expect_match "trimmed|completed" "$(zpool status -t made)" "trimmed"

# History written by the real zpool is readable; we added nothing to it ourselves.
probe_ok pool_get_history made
expect_eq 0 "$(pj '[.[] | select(has("history command"))] | length')" "no command records"
zpool set comment=viazpool made
probe_ok pool_get_history made
expect_match "zpool set comment=viazpool made" "$(pj '[.[] | .["history command"] // empty] | join(";")')"

# Events: the kernel logged some; clearing empties the queue.
probe_ok events_next
expect_match '^(sysevent|ereport|resource)\.' "$(pj .event.class)" "an event"
probe_ok events_clear
expect_match '^[0-9]+$' "$(pj .cleared)"
expect_eq 0 "$(zpool events -H | wc -l)" "zpool events empty after clear"

# Export, tryimport from the labels, import.
probe_ok pool_export made
expect_eq "no pools available" "$(zpool list 2>&1)" "exported"
probe_ok pool_tryimport $v/a
expect_eq made "$(pj .name)" "tryimport sees the pool"
probe_ok pool_import - $v/a
expect_eq made "$(zpool list -H -o name)" "imported"
expect_eq ONLINE "$(zpool list -H -o health made)"

probe_ok pool_destroy made
expect_eq "no pools available" "$(zpool list 2>&1)" "destroyed"

# VDEV_SPLIT a mirror made by the real zpool into an exported new pool.
zpool create -f mir mirror $v/d $v/e
probe_ok vdev_split mir half $v/e
expect_match "pool: half" "$(zpool import -d $v)" "split-off pool importable"
