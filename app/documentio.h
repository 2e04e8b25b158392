#pragma once

#include "io/backup.h"
#include "io/fingerprint.h"
#include "model/blueprint.h"

#include <QString>
#include <QStringList>

namespace bp {

class Document;

/// Outcome of loading a file into a document.
struct LoadOutcome
{
    bool ok = false;
    QStringList errors; ///< formatted diagnostics (`file:line:column: error: ...`), first ones
    int moreErrors = 0; ///< errors not listed in @c errors
    int warnings = 0; ///< warnings of a successful load (including suppressed ones)
    bool imported = false; ///< read from BPMN 2.0: the document is untitled
};

/// Whether @p path names a BPMN 2.0 file (.bpmn, .bpmn2), which Open imports.
bool isBpmnPath(const QString &path);

/// Reads @p path with readNativeFile() (or readBpmnFile() for a .bpmn file, which is imported as
/// an untitled blueprint) and, when it loads, replaces the model of @p document (clearing its
/// undo history) and takes the file name. On errors the document is untouched.
/// At most @p maxListed errors are formatted.
LoadOutcome loadDocument(Document &document, const QString &path, int maxListed = 20);

/// Writes the document's model to @p path atomically. On success the document takes the file
/// name and is marked saved; on failure it stays modified and the error names the file.
/// Returns the error message, empty on success.
QString saveDocument(Document &document, const QString &path);

/// How saveDocument() keeps the previous version.
struct SaveRequest
{
    BackupPolicy backup { BackupPolicy::Mode::Off, {}, 20 };
    bool withoutBackup = false; ///< the user chose "Save anyway" after a failed backup
};

/// The outcome of saveDocument() with a request.
struct SaveOutcome
{
    bool ok = false;
    bool backupFailed = false; ///< nothing was written: the backup failed (error says why)
    QString error; ///< translated, names the file
    FileFingerprint written; ///< the saved file's fingerprint (on success)
};

/// Saves as saveDocument() above, first keeping the previous version of @p path as
/// @p request.backup says; a failed backup stops the save (the caller asks the user, then may
/// save again withoutBackup).
SaveOutcome saveDocument(Document &document, const QString &path, const SaveRequest &request);

/// A sample blueprint embedded in the application, offered as a template for new documents.
struct TemplateInfo
{
    QString title; ///< the blueprint's own title
    QString path; ///< resource path (":/templates/...")
};

/// The embedded templates, sorted by title.
QList<TemplateInfo> availableTemplates();

/// Replaces the model of @p document with the template at @p resourcePath as a new, untitled
/// and unmodified blueprint. On errors the document is untouched.
LoadOutcome loadTemplate(Document &document, const QString &resourcePath);

/// The standard lanes of a new blueprint with their titles in the user's language.
std::vector<Lane> translatedStandardLanes();

/// A new, empty blueprint with the standard lanes.
Blueprint newBlueprint();

} // namespace bp
