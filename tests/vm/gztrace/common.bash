# Helpers shared by the gztrace VM tests (sourced after ../lib.sh).
#
#   trace_json FILE CMD...   runs CMD under `gztrace -f -j -o FILE`, keeps CMD's exit status
#   ioctls FILE              the ioctl names of FILE, one line each, in order
#   calls FILE NAME          the JSON objects of the calls named NAME, one per line

trace_json() {
    local file=$1
    shift
    gztrace -f -j -o "$file" -- "$@"
}

ioctls() {
    jq -r .ioctl "$1"
}

calls() {
    jq -c --arg n "$2" 'select(.ioctl == $n)' "$1"
}
