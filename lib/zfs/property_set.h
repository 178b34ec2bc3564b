#pragma once
// Setting and inheriting properties (zfs set, zfs inherit) and building the property lists of
// create, clone and snapshot -o: every value is checked before the one ioctl is issued.

#include "base/result.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"
#include "zfs/property_parse.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// One "prop=value" from the command line.
struct PropertyAssignment {
    std::string property;
    std::string value;
};

/// The {prop: value} nvlist for these assignments on a dataset of context.type; the error
/// reads "cannot <verb> '<name>': <reason>" and nothing has been sent to the kernel.
Result<nv::NvList> property_list(const std::vector<PropertyAssignment>& assignments,
                                 const ParseContext& context, std::string_view verb,
                                 std::string_view name);

/// zfs set: checks every assignment against the dataset's type, then one SET_PROP.
Status set_properties(Client& c, const std::string& dataset,
                      const std::vector<PropertyAssignment>& assignments);

/// What zfs inherit does.
struct InheritOptions {
    std::string property;
    std::vector<std::string> names;
    bool recursive = false; ///< -r: every descendant filesystem and volume too
    bool received = false;  ///< -S: revert to the received value
};

/// zfs inherit: checks the property (exists, inheritable) before any ioctl, then one
/// INHERIT_PROP per dataset.
Status inherit_properties(Client& c, const InheritOptions& options);

/// The property check of inherit alone (no kernel): "'used' property is read-only",
/// "'quota' property cannot be inherited", "invalid property 'x'".
Status check_inheritable(const std::string& property);

} // namespace gzfs::zfs
