#pragma once
// nvlists printed the way libnvpair prints them for people and scripts: dump_nvlist() (what
// `zfs program` shows of a channel program's result) and nvlist_print_json() (`zfs program
// -j`). Unlike nv::to_json (nvlist/json.h), names keep the list's order.

#include "nvlist/nvlist.h"
#include "output/json_output.h"

#include <string>

namespace gzfs::out {

/// dump_nvlist(list, indent): one line per pair, `indent` spaces deep, nested lists 4 more:
///   "name: 42", "name: 'text'", "name: true", "name" (BOOLEAN), "name:" then the nested
///   pairs, "name[0]: 1" for each array element, "name[0]:" for each nvlist of an array.
std::string dump_nvlist(const nv::NvList& list, int indent);

/// nvlist_print_json(): {name: value} in order; integers as numbers, BOOLEAN as true,
/// arrays as JSON arrays, nested lists as objects.
Json nvlist_json(const nv::NvList& list);

} // namespace gzfs::out
