# Helpers for the ioctl VM tests (sourced after ../lib.sh; not a test itself: no .sh suffix).
# `probe OP ARGS...` runs tests/ioctl/ioctl_probe, which prints one JSON line
# {"ok":true,"result":...} or {"ok":false,"errno":..,"message":..}; the line is kept in
# $probe_out and the result in $probe_result.
#
#   probe_ok OP ARGS...           expects ok:true
#   probe_err ERRNO_NAME OP ARGS... expects ok:false with that errno name
#   pj FILTER                     jq -r FILTER on the last result

PROBE=$GZFS_BUILD/tests/ioctl/ioctl_probe
[[ -x $PROBE ]] || skip "no $PROBE (run scripts/build)"

probe() {
    probe_out=$("$PROBE" "$@" 2>/dev/null)
    probe_result=$(jq -c '.result // empty' <<<"$probe_out" 2>/dev/null)
}

probe_ok() {
    vm_test_checks=$((vm_test_checks + 1))
    probe "$@"
    [[ $(jq -r .ok <<<"$probe_out" 2>/dev/null) == true ]] && return 0
    vm_test_fail "ioctl_probe $*: $probe_out"
    return 1
}

probe_err() {
    local want=$1
    shift
    vm_test_checks=$((vm_test_checks + 1))
    probe "$@"
    [[ $(jq -r .errno_name <<<"$probe_out" 2>/dev/null) == "$want" ]] && return 0
    vm_test_fail "ioctl_probe $* wanted $want: $probe_out"
    return 1
}

pj() {
    jq -r "$1" <<<"$probe_result"
}

# The message of the last failure.
probe_message() {
    jq -r .message <<<"$probe_out"
}
