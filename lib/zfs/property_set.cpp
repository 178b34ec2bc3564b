#include "zfs/property_set.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_ops.h"
#include "zfs/property.h"

#include <cerrno>

namespace gzfs::zfs {

namespace {

Error prefixed(std::string_view verb, std::string_view name, const Error& reason)
{
    return make_error("cannot " + std::string(verb) + " '" + std::string(name) + "': " +
                          reason.message,
                      reason.sys_errno ? reason.sys_errno : EINVAL);
}

} // namespace

Result<nv::NvList> property_list(const std::vector<PropertyAssignment>& assignments,
                                 const ParseContext& context, std::string_view verb,
                                 std::string_view name)
{
    nv::NvList props;
    for (const auto& a : assignments) {
        auto parsed = parse_property(a.property, a.value, context);
        if (!parsed)
            return prefixed(verb, name, parsed.error());
        if (props.contains(parsed->name))
            return prefixed(verb, name,
                            make_error("property '" + parsed->name + "' specified multiple times"));
        props.add(parsed->name, std::move(parsed->value));
    }
    return props;
}

Status set_properties(Client& c, const std::string& dataset,
                      const std::vector<PropertyAssignment>& assignments)
{
    auto type = dataset_type(c, dataset);
    if (!type)
        return type.error();
    auto props = property_list(assignments, {*type, false}, "set property for", dataset);
    if (!props)
        return props.error();
    return set_props(c, dataset, *props);
}

Status check_inheritable(const std::string& property)
{
    if (is_user_property(property))
        return {};
    const PropertyDef* def = find_property(property);
    if (!def || !def->visible)
        return make_error("invalid property '" + property + "'", EINVAL);
    if (def->attr == PropAttr::ReadOnly)
        return make_error("'" + std::string(def->name) + "' property is read-only", EINVAL);
    if (!is_inheritable(*def))
        return make_error("'" + std::string(def->name) + "' property cannot be inherited",
                          EINVAL);
    return {};
}

Status inherit_properties(Client& c, const InheritOptions& o)
{
    if (auto s = check_inheritable(o.property); !s)
        return s;
    const PropertyDef* def = find_property(o.property);
    const std::string prop = def ? def->name : o.property;
    for (const auto& name : o.names) {
        auto type = dataset_type(c, name);
        if (!type)
            return type.error();
        std::vector<std::string> targets{name};
        if (o.recursive && *type != kTypeSnapshot) {
            auto below = descendants(c, name);
            if (!below)
                return below.error();
            targets.insert(targets.end(), below->begin(), below->end());
        }
        for (const auto& target : targets) {
            // A property that does not apply to a descendant's type is skipped, as zfs does.
            if (def && target != name) {
                auto t = dataset_type(c, target);
                if (t && !applies_to(*def, *t))
                    continue;
            }
            if (auto s = inherit_prop(c, target, prop, o.received); !s)
                return s;
        }
    }
    return {};
}

} // namespace gzfs::zfs
