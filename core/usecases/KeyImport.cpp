#include "usecases/KeyImport.h"

#include "keys/JwkSetStream.h"
#include "keys/SecureBytes.h"
#include "store/KeyParts.h"
#include "store/KeyStore.h"

#include <memory>
#include <vector>

namespace jwk {

namespace {

// Keys go into the store this many at a time; the signer is predicted from smaller chunks (its key comes first).
constexpr qsizetype kChunk = 2048;
constexpr qsizetype kPredictionChunk = 64;

struct ImportCancelled
{
};

// One input, read: a JWK Set to be read a chunk at a time (its bytes), or the keys read whole.
struct ReadInput
{
    qsizetype source = 0; // its index in the request and the results
    QString name;
    QByteArray setJson;      // a JWK Set: read by JwkSetStream, anew for each pass
    QList<ImportedKey> keys; // else: the keys read whole
};

QString originKey(const JsonWebKey& key)
{
    return key.kid().isEmpty() ? key.thumbprint() : key.kid();
}

// The inputs as the store's parts, one part each. Each pass (the signer's prediction, each attempt of the write)
// makes its own, which reads the JWK Sets from their start.
class ImportParts final : public KeyParts
{
public:
    ImportParts(const std::vector<ReadInput>& inputs, qsizetype chunk, const std::atomic_bool* cancel,
                KeyImportOutcome* outcome, bool wantOrigins)
        : m_inputs(inputs)
        , m_chunk(chunk)
        , m_cancel(cancel)
        , m_outcome(outcome)
        , m_wantOrigins(wantOrigins)
    {
        for (const ReadInput& input : m_inputs) {
            m_streams.push_back(input.setJson.isEmpty() ? nullptr : openJwkSetStream(input.setJson, input.name));
            m_maxKeys += m_streams.back() ? m_streams.back()->elementCount() : input.keys.size();
        }
    }

    qsizetype maxKeys() const override { return m_maxKeys; }

    bool nextPart() override
    {
        if (m_part >= 0) {
            m_streams[std::size_t(m_part)].reset(); // a part read is let go of
        }
        m_refused = false;
        m_heldGiven = false;
        m_origins.clear();
        return ++m_part < qsizetype(m_inputs.size());
    }

    bool nextChunk(QList<JsonWebKey>* keys) override
    {
        keys->clear();
        if (m_cancel && m_cancel->load()) {
            throw ImportCancelled{};
        }
        const ReadInput& input = m_inputs[std::size_t(m_part)];
        JwkSetStream* stream = m_streams[std::size_t(m_part)].get();
        if (!stream) {
            if (std::exchange(m_heldGiven, true) || input.keys.isEmpty()) {
                partEnded();
                return false;
            }
            keys->reserve(input.keys.size());
            for (const ImportedKey& k : input.keys) {
                keys->append(k.key);
                noteOrigin(k);
            }
            return true;
        }
        QList<ImportedKey> chunk;
        if (!stream->next(m_chunk, &chunk)) {
            if (m_outcome) {
                ImportResult& result = m_outcome->results[input.source];
                result.failures = stream->result().failures;
                result.warnings = stream->result().warnings;
            }
            m_refused = stream->refused();
            partEnded();
            return false;
        }
        keys->reserve(chunk.size());
        for (ImportedKey& k : chunk) {
            noteOrigin(k);
            keys->append(std::move(k.key));
        }
        return true;
    }

    bool partRefused() const override { return m_refused; }

private:
    void noteOrigin(const ImportedKey& k)
    {
        if (m_wantOrigins) {
            m_origins.insert(originKey(k.key), k.origin);
        }
    }
    void partEnded()
    {
        if (m_outcome && !m_refused) {
            m_outcome->origins.insert(m_origins);
        }
        m_origins.clear();
    }

    const std::vector<ReadInput>& m_inputs;
    qsizetype m_chunk;
    const std::atomic_bool* m_cancel;
    KeyImportOutcome* m_outcome; // null for the prediction
    bool m_wantOrigins;
    std::vector<std::unique_ptr<JwkSetStream>> m_streams;
    qsizetype m_maxKeys = 0;
    qsizetype m_part = -1;
    bool m_refused = false;
    bool m_heldGiven = false;
    QMap<QString, QString> m_origins; // this part's, kept when it is
};

bool cancelled(const KeyImportRequest& request)
{
    return request.cancel && request.cancel->load();
}

} // namespace

KeyImportOutcome importIntoSet(KeyStore& store, const KeyImportRequest& request)
{
    KeyImportOutcome outcome;
    std::vector<ReadInput> inputs;
    for (qsizetype i = 0; i < request.sources.size() && !cancelled(request); ++i) {
        const ImportSource& source = request.sources[i];
        ImportInput read =
            source.path.isEmpty() ? ImportInput{source.data, source.name, std::nullopt} : readImportInput(source.path);
        outcome.results.append(ImportResult{});
        if (read.failure) {
            outcome.results.last().failures.append(*read.failure);
            continue;
        }
        ReadInput input{i, read.name, {}, {}};
        if (openJwkSetStream(read.data, read.name)) {
            input.setJson = std::move(read.data); // read again, a chunk at a time, as the keys go into the store
        } else {
            ImportResult result = importKeys(read.data, read.name, request.passphrases);
            wipe(read.data);
            input.keys = std::move(result.keys);
            result.keys.clear();
            outcome.results.last() = std::move(result);
            if (input.keys.isEmpty()) {
                continue;
            }
        }
        inputs.push_back(std::move(input));
    }
    const auto wipeInputs = [&inputs] {
        for (ReadInput& input : inputs) {
            wipe(input.setJson);
        }
    };
    if (cancelled(request)) {
        wipeInputs();
        outcome.cancelled = true;
        return outcome;
    }

    KeyPlacement placement = request.placement;
    try {
        if (request.confirmSigner && !inputs.empty()) {
            SignerPrediction prediction(store, request.setName);
            ImportParts parts(inputs, kPredictionChunk, request.cancel, nullptr, false);
            QList<JsonWebKey> chunk;
            bool known = false;
            while (!known && parts.nextPart()) {
                while (!known && parts.nextChunk(&chunk)) {
                    known = prediction.add(chunk);
                }
            }
            const SignerChange& predicted = prediction.change();
            if (predicted.changes() && predicted.before) {
                const std::optional<KeyPlacement> choice = request.confirmSigner(predicted);
                if (!choice) {
                    wipeInputs();
                    outcome.declined = true;
                    return outcome;
                }
                placement = *choice;
            }
        }
        const std::optional<SignerFacts> before = currentSigner(store, request.setName);
        if (placement == KeyPlacement::BelowSigner && before) {
            outcome.keptSigner = before->kid;
        }
        if (!inputs.empty()) {
            outcome.added = store.addKeyParts(
                request.setName,
                [&] {
                    outcome.origins.clear(); // a retried attempt says it all again
                    return std::make_unique<ImportParts>(inputs, kChunk, request.cancel, &outcome, request.wantOrigins);
                },
                AuditLog::Action::Imported, placement);
        }
        outcome.signer = signerChangeSince(store, request.setName, before);
    } catch (const ImportCancelled&) {
        outcome = KeyImportOutcome{std::move(outcome.results)};
        outcome.cancelled = true;
    } catch (...) {
        wipeInputs();
        throw;
    }
    wipeInputs();
    return outcome;
}

} // namespace jwk
