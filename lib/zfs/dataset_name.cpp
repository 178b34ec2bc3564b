#include "zfs/dataset_name.h"

#include "zfs/property_table.h"

#include <cerrno>

namespace gzfs::zfs {

namespace {

// zfs_namecheck.c valid_char: letters, digits and "-_.: " (space allowed since 0.8).
bool valid_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == ':' || c == ' ';
}

// The reason a name is wrong, or "" when it is fine (entity_namecheck plus type rules).
std::string name_problem(std::string_view name, uint32_t types)
{
    if (name.size() >= kMaxNameLength)
        return "name is too long";
    if (name.empty())
        return "empty component or misplaced '@' or '#' delimiter in name";
    if (name.front() == '/')
        return "leading slash in name";
    const size_t delim = name.find_first_of("@#");
    if (delim != std::string_view::npos) {
        const char d = name[delim];
        if (d == '@' && !(types & kTypeSnapshot))
            return "snapshot delimiter '@' is not expected here";
        if (d == '#' && !(types & kTypeBookmark))
            return "bookmark delimiter '#' is not expected here";
        if (name.find_first_of("@#", delim + 1) != std::string_view::npos)
            return "multiple '@' and/or '#' delimiters in name";
    } else if (!(types & (kTypeFilesystem | kTypeVolume))) {
        if (types & kTypeSnapshot)
            return "missing '@' delimiter in snapshot name";
        return "missing '#' delimiter in bookmark name";
    }
    size_t start = 0;
    for (;;) {
        const size_t end = name.find_first_of("/@#", start);
        const std::string_view part =
            name.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (part.empty()) {
            if (end == std::string_view::npos && start > 0 && name[start - 1] == '/')
                return "trailing slash in name";
            return "empty component or misplaced '@' or '#' delimiter in name";
        }
        if (part == ".")
            return "self reference, '.' is found in name";
        if (part == "..")
            return "parent reference, '..' is found in name";
        for (char c : part)
            if (!valid_char(c))
                return std::string("invalid character '") + c + "' in name";
        if (end == std::string_view::npos)
            break;
        if (name[end] != '/' && name.find('/', end) != std::string_view::npos)
            return std::string("invalid character '/' in name");
        start = end + 1;
    }
    const char first = name.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
        return "pool doesn't begin with a letter";
    return "";
}

} // namespace

Status check_name(std::string_view name, uint32_t types, std::string_view verb)
{
    const std::string problem = name_problem(name, types);
    if (problem.empty())
        return {};
    return make_error("cannot " + std::string(verb) + " '" + std::string(name) + "': " + problem,
                      EINVAL);
}

std::string parent_of(std::string_view name)
{
    const size_t delim = name.find_first_of("@#");
    if (delim != std::string_view::npos)
        return std::string(name.substr(0, delim));
    const size_t slash = name.rfind('/');
    return slash == std::string_view::npos ? "" : std::string(name.substr(0, slash));
}

} // namespace gzfs::zfs
