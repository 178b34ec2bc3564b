#!/bin/bash
# The module version is detected and picks the right zfs_cmd_t; POOL_CONFIGS on an empty
# system is empty like `zpool list`; errors name the object and the reason.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

probe_ok version
expect_eq "$(cat /sys/module/zfs/version)" "$(pj .text)" "module version text"
expect_eq "$(zfs_module_version)" "$(pj .version)" "parsed version"
expect_eq 2.x "$(pj .family)" "zfs_cmd_t family"
expect_eq 13744 "$(pj .cmd_size)" "sizeof(zfs_cmd_t)"

probe_ok pool_configs
expect_eq "{}" "$(pj .pools)" "no pools"
expect_eq "no pools available" "$(zpool list 2>&1)" "zpool list agrees"

# ENOENT, with the object's name.
probe_err ENOENT pool_stats nosuch
expect_eq "cannot open 'nosuch': no such pool or dataset" "$(probe_message)"

make_pool tank
probe_ok create tank/fs
# EEXIST.
probe_err EEXIST create tank/fs
expect_eq "cannot create 'tank/fs': dataset already exists" "$(probe_message)"
# ENOENT for a missing parent.
probe_err ENOENT create tank/no/child
# EINVAL for a bad name.
probe_err EINVAL snapshot 'tank/fs@bad*name'
expect_eq "cannot create snapshot 'tank/fs@bad*name': invalid argument" "$(probe_message)"
# EBUSY: a held snapshot cannot be destroyed.
probe_ok snapshot tank/fs@held
probe_ok hold keep tank/fs@held
probe_err EBUSY destroy tank/fs@held
expect_eq "cannot destroy 'tank/fs@held': pool or dataset is busy" "$(probe_message)"
probe_ok release keep tank/fs@held
# ENOSPC: a reservation larger than the pool.
probe_err ENOSPC set_props tank/fs refreservation=10000000000
expect_match "^cannot set property 'refreservation' on 'tank/fs': out of space" "$(probe_message)"
# Not root: /dev/zfs opens for everyone, the kernel refuses privileged ioctls.
vm_test_checks=$((vm_test_checks + 1))
out=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$PROBE" create tank/x 2>/dev/null)
expect_match '"errno_name":"(EPERM|EACCES)"' "$out" "non-root create refused"
# Where /dev/zfs is 0600 (no udev here) the open fails; with 0666 the ioctl does.
expect_match "cannot (open '/dev/zfs'|create 'tank/x'): permission denied" "$out"
expect_fail zfs list tank/x
