#include "clipboard.h"

#include "io/fragmentio.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace bp {

bool copyStepsToClipboard(const Blueprint &blueprint, const QVector<ElementId> &stepIds)
{
    const Fragment fragment = copyFragment(blueprint, stepIds);
    if (fragment.elements.steps.empty())
        return false;
    auto *data = new QMimeData;
    data->setData(fragmentMimeType(), writeFragment(fragment, blueprint));
    QStringList titles;
    for (const Step &s : fragment.elements.steps)
        titles << s.title;
    data->setText(titles.join(u'\n'));
    QGuiApplication::clipboard()->setMimeData(data);
    return true;
}

bool clipboardHasFragment()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasFormat(fragmentMimeType());
}

std::optional<Fragment> fragmentFromClipboard()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(fragmentMimeType()))
        return std::nullopt;
    return readFragment(data->data(fragmentMimeType()));
}

} // namespace bp
