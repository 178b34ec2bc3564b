# tests/vm/ in one boot of the real ZFS 2.1.11 module (bookworm), with gzfs from build/.
# If the vm-2.3.2 step started this VM beside its own, wait for it and show its output.
step_vm_2_1_11() {
    if [[ -d ${vm_side_dir:-/nonexistent} ]]; then
        # Bounded by the VM's own timeout (2100 s) plus a module build.
        local waited=0
        while [[ ! -f $vm_side_dir/rc ]] && ((waited < 3600)); do
            sleep 5
            waited=$((waited + 5))
        done
        cat "$vm_side_dir/log"
        local rc
        rc=$(cat "$vm_side_dir/rc" 2>/dev/null || echo 1)
        rm -rf "$vm_side_dir"
        return "$rc"
    fi
    local out
    out=$(scripts/build -j2 2>&1) || { echo "$out" | tail -30; echo "vm-2.1.11: scripts/build failed"; return 1; }
    scripts/vm/build-modules 2.1.11 >/dev/null || return 1
    scripts/vm/run --zfs 2.1.11 --timeout 2100 -- tests/vm/run-all ${GZFS_VM_TESTS:-}
}
