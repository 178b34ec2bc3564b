#pragma once
// Batch ioctls (snapshot, destroy_snaps, hold, release, bookmark, destroy_bookmarks, set_prop,
// initialize, trim) act on many names at once and, when some fail, return the kernel's
// {name: int32 errno} list beside the errno of the call. Like libzfs_core, we hand that list
// back as a map and name the first failing element in the Error's message.

#include "base/result.h"
#include "nvlist/nvlist.h"

#include <map>
#include <string>
#include <string_view>

namespace gzfs {

/// name -> errno of each element that failed.
using NameErrors = std::map<std::string, int>;

/// Reads {name: int32 errno} (other value types are skipped).
NameErrors name_errors(const nv::NvList& list);

/// Turns a batch call's outcome into a Status: on failure the message names the first element
/// in `errors` ("cannot <verb> '<element>': <its reason>"), else keeps the call's message.
/// Fills *ret_errors (if given) with `errors` either way.
Status batch_status(Result<nv::NvList> result, std::string_view verb, const NameErrors& errors,
                    NameErrors* ret_errors);

/// The pool of a dataset, snapshot or bookmark name: "tank" of "tank/a@s".
std::string pool_of(std::string_view name);

} // namespace gzfs
