#pragma once
// Keys to add to a set, given a chunk at a time and in parts that are each kept whole or not at all: the input files
// of an import. A JWK Set of 100,000 keys goes into the store a few thousand keys at a time, so that they are never
// all held at once (issue #18), while a file found at its end not to be a JWK Set (an element that is not JSON, a
// member named twice) still leaves none of its keys in the store.

#include "keys/JsonWebKey.h"

#include <QList>

namespace jwk {

class KeyParts
{
public:
    virtual ~KeyParts() = default;
    // At least as many keys as all parts give together: the store numbers them, newest first, before they come.
    virtual qsizetype maxKeys() const = 0;
    // Moves to the next part; false when there is none left.
    virtual bool nextPart() = 0;
    // The part's next keys, in order (the first of all is the newest); false, with none, when the part has ended.
    virtual bool nextChunk(QList<JsonWebKey>* keys) = 0;
    // Once nextChunk() has said the part ended: true when none of its keys may be kept.
    virtual bool partRefused() const = 0;
};

} // namespace jwk
