#include "documentio.h"

#include "io/bpmnreader.h"

#include "document/document.h"
#include "io/atomicsave.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bp {

namespace {
struct DocumentIo
{
    Q_DECLARE_TR_FUNCTIONS(bp::DocumentIo)
};
} // namespace

LoadOutcome loadDocument(Document &document, const QString &path, int maxListed)
{
    LoadOutcome outcome;
    const bool bpmn = isBpmnPath(path);
    ReadResult result = bpmn ? readBpmnFile(path) : readNativeFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!result.ok()) {
        for (const Diagnostic &d : std::as_const(result.diagnostics)) {
            if (!d.isError())
                continue;
            if (outcome.errors.size() < maxListed)
                outcome.errors << formatDiagnostic(name, d);
            else
                ++outcome.moreErrors;
        }
        outcome.moreErrors += result.suppressed;
        if (outcome.errors.isEmpty()) // a reader that refuses always says why; be safe anyway
            outcome.errors << DocumentIo::tr("%1: the file could not be read.").arg(name);
        return outcome;
    }
    for (const Diagnostic &d : std::as_const(result.diagnostics))
        outcome.warnings += d.isError() ? 0 : 1;
    outcome.warnings += result.suppressed;
    if (bpmn && result.blueprint->meta.title.isEmpty())
        result.blueprint->meta.title = QFileInfo(path).completeBaseName();
    document.resetBlueprint(std::move(*result.blueprint));
    // An imported BPMN model is a new blueprint: Save asks for a .blueprint name rather than
    // writing our format over the BPMN file.
    document.setFileName(bpmn ? QString() : QFileInfo(path).absoluteFilePath());
    outcome.ok = true;
    outcome.imported = bpmn;
    return outcome;
}

bool isBpmnPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"bpmn" || suffix == u"bpmn2";
}

QString saveDocument(Document &document, const QString &path)
{
    return saveDocument(document, path, SaveRequest {}).error;
}

SaveOutcome saveDocument(Document &document, const QString &path, const SaveRequest &request)
{
    SaveOutcome outcome;
    if (!request.withoutBackup) {
        const SaveResult backup = backupBeforeSave(path, request.backup);
        if (!backup.ok) {
            outcome.backupFailed = true;
            outcome.error = backup.error.isEmpty()
                ? DocumentIo::tr("Could not keep a backup of %1.").arg(QFileInfo(path).fileName())
                : backup.error;
            return outcome;
        }
    }
    const QByteArray bytes = writeNative(document.blueprint());
    const SaveResult result = saveAtomically(path, bytes);
    if (!result.ok) {
        outcome.error = result.error.isEmpty()
            ? DocumentIo::tr("Could not save %1.").arg(QFileInfo(path).fileName())
            : result.error;
        return outcome;
    }
    outcome.written = FileFingerprint::ofWritten(path, bytes);
    document.setFileName(QFileInfo(path).absoluteFilePath());
    document.markSaved();
    outcome.ok = true;
    return outcome;
}

QList<TemplateInfo> availableTemplates()
{
    QList<TemplateInfo> templates;
    const QDir dir(QStringLiteral(":/templates"));
    const QStringList names
        = dir.entryList({ QStringLiteral("*.blueprint") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const ReadResult result = readNative(file.readAll());
        if (!result.ok())
            continue;
        QString title = result.blueprint->meta.title;
        if (title.isEmpty())
            title = QFileInfo(name).completeBaseName();
        templates.append({ title, path });
    }
    std::sort(templates.begin(), templates.end(), [](const TemplateInfo &a, const TemplateInfo &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return templates;
}

LoadOutcome loadTemplate(Document &document, const QString &resourcePath)
{
    LoadOutcome outcome;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.errors << DocumentIo::tr("The template %1 is missing.").arg(resourcePath);
        return outcome;
    }
    ReadResult result = readNative(file.readAll());
    if (!result.ok()) {
        outcome.errors << DocumentIo::tr("The template %1 could not be read.").arg(resourcePath);
        return outcome;
    }
    document.resetBlueprint(std::move(*result.blueprint));
    document.setFileName(QString());
    outcome.ok = true;
    return outcome;
}

std::vector<Lane> translatedStandardLanes()
{
    std::vector<Lane> lanes = Blueprint::standardLanes();
    for (Lane &lane : lanes) {
        switch (lane.kind) {
        case LaneKind::PhysicalEvidence:
            lane.title = DocumentIo::tr("Physical evidence");
            break;
        case LaneKind::Customer:
            lane.title = DocumentIo::tr("Customer actions");
            break;
        case LaneKind::Frontstage:
            lane.title = DocumentIo::tr("Frontstage");
            break;
        case LaneKind::Backstage:
            lane.title = DocumentIo::tr("Backstage");
            break;
        case LaneKind::Support:
            lane.title = DocumentIo::tr("Support processes");
            break;
        case LaneKind::Other:
            break;
        }
    }
    return lanes;
}

Blueprint newBlueprint()
{
    Blueprint blueprint;
    blueprint.setLanes(translatedStandardLanes());
    return blueprint;
}

} // namespace bp
