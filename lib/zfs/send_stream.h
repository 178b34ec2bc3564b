#pragma once
// zfs send as a workflow: which streams to generate (plan_send) and generating them
// (execute_send), with size estimates and byte counts for progress.
//
// - `send SNAP`, `send -i FROM SNAP`: one SEND_NEW, the plain substream the kernel writes.
// - `send -I FROM SNAP`: every snapshot after FROM up to SNAP, each an incremental from the
//   one before, inside a compound stream (a package header without nvlist, the substreams,
//   a final END), as libzfs writes it.
// - `send -p`, `-b`, `-h`, `-R`: the package header carries an XDR nvlist {"tosnap",
//   "fromsnap" (incremental), "not_recursive" (without -R), "fss": {"0x<fs guid>": {"name",
//   "parentfromsnap" (guid of the parent's from snapshot), "origin" (clone origin guid),
//   "props" {prop: value}, "snaps" {short name: guid}, "snapprops" {short name: {prop:
//   value}}, "snapholds" {short name: {tag: time}} (-h)}}} that receive uses to set
//   properties and holds. -R sends the filesystem and every descendant, parents first, all
//   snapshots up to SNAP (or, incremental, those from FROM on), clones from their origin.
// - `send -t TOKEN`: the rest of an interrupted stream, from the resume token.
// Nothing here mounts or holds snapshots.

#include "base/result.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"
#include "zfs/dataset_ops.h"
#include "zfs/resume_token.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// What zfs send takes.
struct SendOptions {
    std::string snapshot;        ///< "fs@snap"; empty with a resume token
    std::string from;            ///< -i/-I: "@snap", "snap", "fs@snap", "#mark", "fs#mark"
    bool intermediates = false;  ///< -I
    bool replicate = false;      ///< -R
    bool props = false;          ///< -p
    bool backup = false;         ///< -b: received properties instead of local ones
    bool holds = false;          ///< -h
    bool skip_missing = false;   ///< -s: with -R, skip descendants without the snapshot
    SendFlags flags;             ///< -L -e -c -w
    std::string resume_token;    ///< -t
    bool estimate = false;       ///< ask SEND_SPACE for each stream (-v, -P, -n)
};

/// One substream.
struct SendStep {
    std::string snapshot;         ///< full name
    std::string from;             ///< full name of the incremental source; "" = full stream
    std::optional<uint64_t> estimate; ///< SEND_SPACE's answer, when asked and given
    uint64_t resume_object = 0;   ///< -t: where to continue
    uint64_t resume_offset = 0;
    uint64_t bytes = 0;           ///< written, after execute_send
};

/// What execute_send writes.
struct SendPlan {
    std::vector<SendStep> steps;
    bool compound = false;        ///< inside a package (-I, -p, -b, -h, -R)
    nv::NvList header;            ///< the package nvlist; empty for -I alone
    std::string package_name;     ///< drr_toname of the package: the top "fs@snap"
    uint64_t features = 0;        ///< feature flags of the package header (holds)
    SendFlags flags;
    std::optional<ResumeToken> token; ///< -t, decoded
    std::vector<std::string> warnings; ///< -s: descendants skipped
    /// Sum of the step estimates; unset when one is unknown.
    std::optional<uint64_t> estimate() const;
};

/// Checks names, finds the snapshots and builds the package header. Nothing is written.
/// Errors read "cannot send 'x': ..." / "cannot open 'x': dataset does not exist" /
/// "cannot resume send: ...".
Result<SendPlan> plan_send(Client& c, const SendOptions& options);

/// Callbacks while sending; any may be empty.
struct SendObserver {
    /// Before each substream, with the bytes of the whole send so far.
    std::function<void(const SendStep&, uint64_t bytes)> on_step;
    /// Every `interval` seconds while a stream is written: the step, bytes of the whole
    /// send so far, seconds since the start.
    std::function<void(const SendStep&, uint64_t bytes, double elapsed)> on_progress;
    double interval = 1.0;
};

/// What was written.
struct SendReport {
    uint64_t bytes = 0;  ///< the whole stream, headers included (when counted)
    bool counted = false; ///< bytes are exact (counted, or measured on a regular file)
    double elapsed = 0;
};

/// Writes the plan's streams to `fd`. With `count` the bytes are counted: on a regular file
/// by its offset, otherwise through a pipe (StreamPump). Errors read "cannot send 'x': ...".
Result<SendReport> execute_send(Client& c, SendPlan& plan, int fd, const SendObserver& observer,
                                bool count);

} // namespace gzfs::zfs
