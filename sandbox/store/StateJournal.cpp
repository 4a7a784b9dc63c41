#include "sandbox/store/StateJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace dbss::sandbox {

namespace {

QString systemError(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

bool syncParentFolder(const QString& filePath) {
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool StateJournal::read(QList<QByteArray>* lines, bool* tornTail, QString* error) {
    lines->clear();
    *tornTail = false;
    m_size = 0;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray data = file.readAll();
    qsizetype keep = 0; // bytes of complete, readable lines
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0) {
            *tornTail = true; // cut mid-line
            break;
        }
        QByteArray line = data.mid(pos, eol - pos);
        pos = eol + 1;
        if (pos == data.size() && QJsonDocument::fromJson(line).isNull()) {
            *tornTail = true; // the last line, unreadable (e.g. zeros after a crash)
            break;
        }
        lines->append(std::move(line));
        keep = pos;
    }
    if (*tornTail) {
        if (!file.resize(keep) || !file.flush() || ::fsync(file.handle()) != 0) {
            *error = file.errorString();
            return false;
        }
    }
    m_size = keep;
    return true;
}

bool StateJournal::append(const QByteArray& line, QString* errorText) {
    const QByteArray name = QFile::encodeName(m_path);
    const bool existed = ::access(name.constData(), F_OK) == 0;
    const int fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *errorText = systemError(errno);
        return false;
    }
    const QByteArray record = line + '\n';
    qsizetype written = 0;
    int err = 0;
    while (written < record.size()) {
        const ssize_t n = ::write(fd, record.constData() + written, size_t(record.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? errno : ENOSPC;
            break;
        }
        written += n;
    }
    if (err == 0 && ::fdatasync(fd) != 0)
        err = errno;
    if (err != 0) {
        // Never leave half a record in the middle of the file.
        if (::ftruncate(fd, m_size) == 0)
            ::fdatasync(fd);
        ::close(fd);
        *errorText = systemError(err);
        return false;
    }
    ::close(fd);
    if (!existed && !syncParentFolder(m_path)) {
        ::unlink(name.constData()); // it held only this record, which is not acknowledged
        *errorText = QStringLiteral("cannot sync the folder of the journal");
        return false;
    }
    m_size += record.size();
    return true;
}

bool StateJournal::remove(QString* errorText) {
    const QByteArray name = QFile::encodeName(m_path);
    if (::unlink(name.constData()) != 0 && errno != ENOENT) {
        *errorText = systemError(errno);
        return false;
    }
    m_size = 0;
    syncParentFolder(m_path);
    return true;
}

} // namespace dbss::sandbox
