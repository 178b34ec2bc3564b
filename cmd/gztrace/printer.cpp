#include "printer.h"

#include "trace/render_json.h"
#include "trace/render_text.h"

namespace gzfs::trace {

void Printer::print(const TraceCall& call)
{
    std::string text;
    switch (form_) {
    case OutputForm::Summary:
        summary_.add(call);
        return;
    case OutputForm::Json:
        // Names and strings from a tracee may hold any bytes: replace invalid UTF-8 rather
        // than throw.
        text = call_to_json(call).dump(-1, ' ', false,
                                       nlohmann::json::error_handler_t::replace) + "\n";
        break;
    case OutputForm::Text:
        text = render_text(call);
        break;
    }
    fwrite(text.data(), 1, text.size(), out_);
    fflush(out_);
}

void Printer::finish()
{
    if (form_ != OutputForm::Summary)
        return;
    std::string text = summary_.render();
    fwrite(text.data(), 1, text.size(), out_);
    fflush(out_);
}

} // namespace gzfs::trace
