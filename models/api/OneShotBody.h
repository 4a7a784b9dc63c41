#pragma once

#include <QByteArray>
#include <QIODevice>

namespace dbss::api {

// The body of a mutation as a sequential device that cannot be rewound. QNetworkAccessManager
// silently sends a request again when a server closes the connection without answering (found
// with the sandbox's lost-write mode: one switch was applied twice). It cannot resend what it
// cannot re-read, so with this device it fails with ContentReSendError instead, and the caller
// re-reads the state rather than applying a write twice.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace dbss::api
