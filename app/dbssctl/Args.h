#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dbss::ctl {

enum class Format { Table, Json, Csv };

// Options that apply to every command; accepted before or after `<area> <verb>` (docs/dbssctl.md).
struct GlobalOptions {
    QString profile;
    QString endpoint; // one URL for every service (sandbox, private gateway)
    QString ak;
    QString sk;           // visible in the process list: prefer DBSS_SK, a profile or --sk-stdin
    bool skStdin = false; // --sk-stdin: the secret key is the first line of standard input
    QString securityToken;
    QString iamUser;
    QString iamDomain;
    bool iamPasswordStdin = false;
    QString projectId;
    QString region;
    Format format = Format::Table;
    int timeoutSeconds = 0;    // 0: library default; the deadline of one request attempt
    int deadlineSeconds = 300; // the whole command, retries included
    int maxResponseMb = 64;    // larger answers are abandoned
    QString pinCert;           // SHA-256 of a certificate to accept even if no CA vouches for it (extension)
    bool verbose = false;
    bool help = false;
    QString proxy;  // proxy URL for this run, overriding the profile and the system (extension)
    QString caFile; // PEM file of extra trusted CA certificates (extension)
};

// The command line split into global options, words (area, verbs, positional arguments) and
// command options. `--name value` and `--name=value` are both accepted.
struct Args {
    GlobalOptions global;
    QStringList words;
    QHash<QString, QStringList> options; // "--instance" -> values, in order (repeatable)
    QSet<QString> flags;                 // "--on", "--off", "--password-stdin", ...

    QString value(const QString& name) const;
    QStringList list(const QString& name) const; // comma-separated and repeated values, flattened
    bool has(const QString& name) const { return options.contains(name) || flags.contains(name); }

    // Parses argv (without the program name). On a usage error returns nullopt and sets *error.
    static std::optional<Args> parse(const QStringList& arguments, QString* error);
};

// Command options that take no value. Everything else starting with "--" takes one.
bool isFlagOption(const QString& name);

} // namespace dbss::ctl
