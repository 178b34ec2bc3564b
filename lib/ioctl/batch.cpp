#include "ioctl/batch.h"

#include "ioctl/errors.h"

namespace gzfs {

NameErrors name_errors(const nv::NvList& list)
{
    NameErrors errors;
    for (const nv::Pair& p : list.pairs()) {
        if (const auto* v = std::get_if<int64_t>(&p.value.data()))
            errors[p.name] = static_cast<int>(*v);
    }
    return errors;
}

Status batch_status(Result<nv::NvList> result, std::string_view verb, const NameErrors& errors,
                    NameErrors* ret_errors)
{
    if (ret_errors)
        *ret_errors = errors;
    if (result)
        return {};
    Error e = std::move(result.error());
    if (!errors.empty()) {
        const auto& [name, err] = *errors.begin();
        e.message = error_message(verb, name, err);
        if (errors.size() > 1)
            e.message += " (and " + std::to_string(errors.size() - 1) + " more)";
    }
    return e;
}

std::string pool_of(std::string_view name)
{
    return std::string(name.substr(0, name.find_first_of("/@#")));
}

} // namespace gzfs
