#include "pool/pool_name.h"

#include <string>

namespace gzfs {
namespace {

// ZFS_MAX_DATASET_NAME_LEN (256) less room for "pool/$ORIGIN@$ORIGIN", which pools of
// version 11 and later create: pool_namecheck() keeps the name under 240 characters.
constexpr size_t kMaxPoolName = 256 - 2 - 2 * 7;

bool valid_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == ':' || c == ' ';
}

bool starts_with(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

Error name_error(std::string_view verb, std::string_view name, std::string reason)
{
    return make_error("cannot " + std::string(verb) + " '" + std::string(name) + "': " + reason);
}

} // namespace

bool is_reserved_pool_name(std::string_view name)
{
    return starts_with(name, "mirror") || starts_with(name, "raidz") ||
           starts_with(name, "draid") || starts_with(name, "spare") || name == "log";
}

Status check_pool_name(std::string_view name, bool for_create, std::string_view verb)
{
    if (name.empty())
        return name_error(verb, name, "name must begin with a letter");
    if (name.size() >= kMaxPoolName)
        return name_error(verb, name, "name is too long");
    for (char c : name)
        if (!valid_char(c))
            return name_error(verb, name, std::string("invalid character '") + c +
                                              "' in pool name");
    char first = name.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
        return name_error(verb, name, "name must begin with a letter");
    if (name == "mirror" || name == "raidz" || name == "draid")
        return name_error(verb, name, "name is reserved");
    if (for_create && is_reserved_pool_name(name))
        return name_error(verb, name, "name is reserved");
    return {};
}

} // namespace gzfs
