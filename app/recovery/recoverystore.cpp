#include "recoverystore.h"

#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Recovery)
};

const QString lockName = QStringLiteral("lock");
const QString dataSuffix = QStringLiteral(".blueprint");
const QString sidecarSuffix = QStringLiteral(".json");

std::unique_ptr<QLockFile> lockOf(const QString &folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(lockName));
    // Never stale by age: an editor may run for days. A lock is stale only when its process is
    // gone (QLockFile checks the pid and the program name on this host).
    lock->setStaleLockTime(0);
    return lock;
}

bool hasEntries(const QString &folder)
{
    return !QDir(folder).entryList({ QStringLiteral("*") + dataSuffix }, QDir::Files).isEmpty();
}
} // namespace

QString RecoveryEntry::dataPath() const
{
    return QDir(folder).filePath(key + dataSuffix);
}

QString RecoveryEntry::sidecarPath() const
{
    return QDir(folder).filePath(key + sidecarSuffix);
}

RecoveryStore *RecoveryStore::instance()
{
    static QPointer<RecoveryStore> store;
    if (!store)
        store = new RecoveryStore(QCoreApplication::instance());
    return store;
}

RecoveryStore::RecoveryStore(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1); // writes and removals in the order they were queued
    m_pool->setExpiryTimeout(-1);
}

RecoveryStore::~RecoveryStore()
{
    m_pool->waitForDone();
    // Test suites leave no recovery folder behind (the application calls shutdown()).
    if (QStandardPaths::isTestModeEnabled() && m_lock) {
        m_lock->unlock();
        QDir(m_folder).removeRecursively();
    }
}

QString RecoveryStore::root() const
{
    if (!m_root.isEmpty())
        return m_root;
    if (QStandardPaths::isTestModeEnabled()) // suites with isolated settings: never the user's
        return QDir::temp().filePath(QStringLiteral("blueprint-studio-tests/recovery"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

void RecoveryStore::setRoot(const QString &root)
{
    m_root = root;
}

QString RecoveryStore::folder()
{
    if (!m_folder.isEmpty())
        return m_folder;
    const QString id = QStringLiteral("%1-%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    const QString folder = QDir(root()).filePath(id);
    if (!QDir().mkpath(folder))
        return {};
    auto lock = lockOf(folder);
    if (!lock->tryLock(0))
        return {};
    m_lock = std::move(lock);
    m_folder = folder;
    return m_folder;
}

QString RecoveryStore::newKey()
{
    return QStringLiteral("document-%1").arg(m_nextKey++);
}

SaveResult RecoveryStore::writeFiles(const QString &folder, const AutosaveSnapshot &snapshot)
{
    if (folder.isEmpty())
        return { false, Tr::tr("There is no recovery folder.") };
    const QString base = QDir(folder).filePath(snapshot.key);
    SaveResult result = saveAtomically(base + dataSuffix, writeNative(snapshot.blueprint));
    if (!result.ok)
        return result;
    QJsonObject sidecar;
    sidecar[QStringLiteral("format")] = 1;
    sidecar[QStringLiteral("originalPath")] = snapshot.originalPath;
    sidecar[QStringLiteral("title")] = snapshot.title;
    sidecar[QStringLiteral("saved")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return saveAtomically(base + sidecarSuffix, QJsonDocument(sidecar).toJson());
}

void RecoveryStore::write(AutosaveSnapshot snapshot)
{
    const QString target = folder();
    auto shared = std::make_shared<const AutosaveSnapshot>(std::move(snapshot));
    m_pool->start([this, target, shared] {
        const SaveResult result = writeFiles(target, *shared);
        // The store outlives its pool (the destructor waits), so `this` is valid here.
        QMetaObject::invokeMethod(
            this, [this, key = shared->key, result] { emit written(key, result.ok, result.error); },
            Qt::QueuedConnection);
    });
}

SaveResult RecoveryStore::writeNow(const AutosaveSnapshot &snapshot)
{
    waitForWrites();
    return writeFiles(folder(), snapshot);
}

void RecoveryStore::remove(const QString &key)
{
    if (m_folder.isEmpty())
        return; // nothing was ever written
    const RecoveryEntry entry { m_folder, key, {}, {}, {} };
    m_pool->start([entry] {
        QFile::remove(entry.dataPath());
        QFile::remove(entry.sidecarPath());
    });
}

void RecoveryStore::waitForWrites()
{
    m_pool->waitForDone();
}

void RecoveryStore::removeFolderIfEmpty(const QString &folder, QLockFile *lock)
{
    if (hasEntries(folder)) {
        lock->unlock();
        return;
    }
    lock->unlock();
    QDir(folder).removeRecursively(); // leftovers only: sidecars, temporary files
}

void RecoveryStore::shutdown()
{
    waitForWrites();
    if (m_lock) {
        removeFolderIfEmpty(m_folder, m_lock.get());
        m_lock.reset();
        m_folder.clear();
    }
    releaseClaims();
}

QList<RecoveryEntry> RecoveryStore::entriesIn(const QString &folder)
{
    QList<RecoveryEntry> entries;
    const QDir dir(folder);
    const QFileInfoList files
        = dir.entryInfoList({ QStringLiteral("*") + dataSuffix }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        RecoveryEntry entry;
        entry.folder = folder;
        entry.key = file.completeBaseName();
        entry.saved = file.lastModified();
        QFile sidecar(entry.sidecarPath());
        // A missing sidecar (killed between the two writes of the first autosave) still lists
        // the model: the work matters more than its file name.
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(sidecar.readAll()).object();
            entry.originalPath = o.value(QStringLiteral("originalPath")).toString();
            entry.title = o.value(QStringLiteral("title")).toString();
        }
        entries.append(entry);
    }
    return entries;
}

QList<RecoveryEntry> RecoveryStore::claimOrphans()
{
    QList<RecoveryEntry> entries;
    const QDir rootDir(root());
    const QStringList folders = rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        const QString folder = rootDir.filePath(name);
        if (folder == m_folder)
            continue;
        bool claimed = false;
        for (const auto &claim : m_claims)
            claimed = claimed || claim.first == folder;
        if (claimed) {
            entries += entriesIn(folder);
            continue;
        }
        auto lock = lockOf(folder);
        if (!lock->tryLock(0))
            continue; // a live instance's folder, or one we cannot lock
        const QList<RecoveryEntry> found = entriesIn(folder);
        if (found.isEmpty()) {
            removeFolderIfEmpty(folder, lock.get());
            continue;
        }
        entries += found;
        m_claims.emplace_back(folder, std::move(lock));
    }
    return entries;
}

std::optional<Blueprint> RecoveryStore::read(const RecoveryEntry &entry, QString *error)
{
    ReadResult result = readNativeFile(entry.dataPath());
    if (!result.ok()) {
        if (error) {
            *error = result.diagnostics.isEmpty()
                ? Tr::tr("%1 could not be read.").arg(entry.dataPath())
                : formatDiagnostic(entry.dataPath(), result.diagnostics.constFirst());
        }
        return std::nullopt;
    }
    return std::move(result.blueprint);
}

void RecoveryStore::discard(const RecoveryEntry &entry)
{
    if (entry.folder == m_folder) {
        remove(entry.key);
        return;
    }
    QFile::remove(entry.dataPath());
    QFile::remove(entry.sidecarPath());
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        if (it->first == entry.folder && !hasEntries(entry.folder)) {
            removeFolderIfEmpty(it->first, it->second.get());
            m_claims.erase(it);
            break;
        }
    }
}

void RecoveryStore::releaseClaims()
{
    for (auto &[folder, lock] : m_claims)
        removeFolderIfEmpty(folder, lock.get());
    m_claims.clear();
}

} // namespace bp
