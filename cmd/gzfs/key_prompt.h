#pragma once
// keylocation=prompt for load-key, change-key and mount -l: on a terminal, ask with echo off
// (twice for a new key); otherwise read standard input as zfs does (a line, or 32 raw bytes).

#include "zfs/encryption_keys.h"

namespace gzfs::cli {

/// The KeyPrompter of the command line. Prompts go to stderr, so that stdout stays the
/// command's output (JSON with -j).
class TerminalPrompter : public zfs::KeyPrompter {
public:
    Result<std::string> read(const zfs::KeyPrompt& prompt) override;
    bool interactive() const override;
};

} // namespace gzfs::cli
