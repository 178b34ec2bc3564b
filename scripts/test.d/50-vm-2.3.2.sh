# tests/vm/ in one boot of the real ZFS 2.3.2 module (bookworm-backports), with gzfs from build/.
# When the vm-2.1.11 step is also asked for, its VM boots now, beside this one: the tests in a
# VM are serial (one process at a time), so two VMs on two cores take little longer than one,
# and the suite about halves. Its output is held in $vm_side_dir until its own step shows it.
# (Steps run in subshells, so the two share a path fixed here, not a variable set in a step.)
vm_side_dir=${TMPDIR:-/tmp}/gzfs-test-vm-2.1.11.$$
step_vm_2_3_2() {
    local out
    out=$(scripts/build -j2 2>&1) || { echo "$out" | tail -30; echo "vm-2.3.2: scripts/build failed"; return 1; }
    scripts/vm/build-modules 2.3.2 >/dev/null || return 1
    if [[ " ${steps[*]:-} " == *" vm-2.1.11 "* ]] && mkdir "$vm_side_dir"; then
        (
            rc=0
            scripts/vm/build-modules 2.1.11 >/dev/null &&
                scripts/vm/run --zfs 2.1.11 --timeout 2100 -- tests/vm/run-all ${GZFS_VM_TESTS:-} || rc=$?
            echo "$rc" >"$vm_side_dir/rc.tmp" && mv "$vm_side_dir/rc.tmp" "$vm_side_dir/rc"
        ) >"$vm_side_dir/log" 2>&1 </dev/null &
    fi
    scripts/vm/run --zfs 2.3.2 --timeout 2100 -- tests/vm/run-all ${GZFS_VM_TESTS:-}
}
