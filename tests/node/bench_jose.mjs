// The npm jose side of the jwkman benchmark (tests/bench/run-bench.sh): the same conversions, in-process, on the keys
// jwkman-bench wrote (--keys-dir), so all sides work on the very same key material. jose works through Node's
// WebCrypto (OpenSSL underneath), asynchronously: each operation is awaited before the next starts.
//
//   node tests/node/bench_jose.mjs convert KEYS_DIR [--quick] [--scale F] [KEY...]
//       thumbprint   calculateJwkThumbprint(private JWK)
//       jwk->pkcs8   importJWK(private JWK, alg) + exportPKCS8
//       jwk->spki    importJWK(public JWK, alg) + exportSPKI
//       pkcs8->jwk   importPKCS8(PEM, alg, extractable) + exportJWK
//       spki->jwk    importSPKI(PEM, alg, extractable) + exportJWK
//     prints TSV: op, key, impl, us_per_op, iterations, relative_standard_error
//   node tests/node/bench_jose.mjs bulk BUNDLE.pem BUNDLE.algs OUT.json
//       the bulk conversion as one process: every PEM block of the bundle (PKCS#8 or SPKI) to a JWK, all of them
//       written as one JWK Set. BUNDLE.algs names each block's alg, one per line (jose needs it to import a key).
//   node tests/node/bench_jose.mjs make-bundle OUT.pem OUT.algs COUNT
//       writes a bundle of COUNT mixed keys (RSA 2048 one in 16, EC P-256/384/521, Ed25519, X25519; every
//       other one private) made by Node's crypto (OpenSSL), for the bulk benchmark.
import * as jose from "jose";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ALGS = {
    rsa2048: "RS256", rsa3072: "RS256", rsa4096: "RS256",
    p256: "ES256", p384: "ES384", p521: "ES512",
    ed25519: "EdDSA", x25519: "ECDH-ES",
}; // jose 6 on Node 20 reads no Ed448 or X448 keys

async function measure(fn, budgetMs, minRounds) {
    let t = performance.now();
    await fn(); // warm-up
    const first = performance.now() - t;
    const number = Math.max(1, Math.floor(20 / Math.max(first, 1e-4)));
    const perOp = [];
    let total = 0, ops = 0;
    const start = performance.now();
    while (perOp.length < minRounds || performance.now() - start < budgetMs) {
        t = performance.now();
        for (let i = 0; i < number; i++) await fn();
        const dt = performance.now() - t;
        perOp.push((dt / number) * 1000);
        total += dt;
        ops += number;
    }
    const mean = perOp.reduce((a, b) => a + b, 0) / perOp.length;
    let rse = 0;
    if (perOp.length > 1) {
        const v = perOp.reduce((a, b) => a + (b - mean) ** 2, 0) / (perOp.length - 1);
        rse = Math.sqrt(v / perOp.length) / mean;
    }
    return [(total / ops) * 1000, ops, rse];
}

function emit(op, key, impl, [us, n, rse]) {
    process.stdout.write(`${op}\t${key}\t${impl}\t${us.toFixed(3)}\t${n}\t${rse.toFixed(4)}\n`);
}

async function convert(dir, names, scale, quick) {
    const budget = 600 * scale, rounds = quick ? 3 : 5;
    for (const name of names) {
        const alg = ALGS[name];
        if (!alg) continue; // oct has no PEM form
        const jwk = JSON.parse(readFileSync(path.join(dir, `${name}.jwk`), "utf8"));
        const pkcs8 = readFileSync(path.join(dir, `${name}.pem`), "utf8");
        const spki = readFileSync(path.join(dir, `${name}.pub.pem`), "utf8");
        const { d, p, q, dp, dq, qi, ...publicJwk } = jwk;
        // The keys must come out as jwkman wrote them, or the comparison is not of the same work.
        const back = await jose.exportPKCS8(await jose.importJWK(jwk, alg, { extractable: true }));
        if (back.trim() !== pkcs8.trim()) throw new Error(`jose's PKCS#8 of ${name} differs from jwkman's`);
        emit("thumbprint", name, "npm jose calculateJwkThumbprint", await measure(() => jose.calculateJwkThumbprint(jwk), budget, rounds));
        emit("jwk->pkcs8", name, "npm jose importJWK+exportPKCS8",
            await measure(async () => jose.exportPKCS8(await jose.importJWK(jwk, alg, { extractable: true })), budget, rounds));
        emit("jwk->spki", name, "npm jose importJWK+exportSPKI",
            await measure(async () => jose.exportSPKI(await jose.importJWK(publicJwk, alg, { extractable: true })), budget, rounds));
        emit("pkcs8->jwk", name, "npm jose importPKCS8+exportJWK",
            await measure(async () => jose.exportJWK(await jose.importPKCS8(pkcs8, alg, { extractable: true })), budget, rounds));
        emit("spki->jwk", name, "npm jose importSPKI+exportJWK",
            await measure(async () => jose.exportJWK(await jose.importSPKI(spki, alg, { extractable: true })), budget, rounds));
    }
}

async function bulk(bundlePath, algsPath, outPath) {
    const text = readFileSync(bundlePath, "utf8");
    const algs = readFileSync(algsPath, "utf8").split("\n").filter(Boolean);
    const blocks = text.match(/-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g) || [];
    if (blocks.length !== algs.length) throw new Error(`${blocks.length} blocks but ${algs.length} algs`);
    const keys = [];
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        const key = block.startsWith("-----BEGIN PRIVATE KEY-----")
            ? await jose.importPKCS8(block, algs[i], { extractable: true })
            : await jose.importSPKI(block, algs[i], { extractable: true });
        const jwk = await jose.exportJWK(key);
        keys.push(jwk);
    }
    writeFileSync(outPath, JSON.stringify({ keys }, null, 2) + "\n");
}

function makeBundle(outPem, outAlgs, count) {
    const kinds = [
        ["rsa", { modulusLength: 2048 }, "RS256"], ["ec", { namedCurve: "P-256" }, "ES256"],
        ["ec", { namedCurve: "P-384" }, "ES384"], ["ec", { namedCurve: "P-521" }, "ES512"],
        ["ed25519", {}, "EdDSA"], ["x25519", {}, "ECDH-ES"],
    ]; // no Ed448 or X448: jose 6 on Node 20 cannot read them
    const pem = [], algs = [];
    for (let i = 0; i < count; i++) {
        // RSA one key in 16: RSA generation is slow and the bundle is about conversion.
        const kind = i % 16 === 0 ? kinds[0] : kinds[1 + (i % 5)];
        const { publicKey, privateKey } = generateKeyPairSync(kind[0], kind[1]);
        pem.push(i % 2 ? publicKey.export({ type: "spki", format: "pem" }) : privateKey.export({ type: "pkcs8", format: "pem" }));
        algs.push(kind[2]);
    }
    writeFileSync(outPem, pem.join(""));
    writeFileSync(outAlgs, algs.join("\n") + "\n");
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "convert") {
    let scale = 1, quick = false;
    const names = [];
    const dir = rest.shift();
    while (rest.length) {
        const a = rest.shift();
        if (a === "--quick") quick = true;
        else if (a === "--scale") scale = Number(rest.shift());
        else names.push(a);
    }
    await convert(dir, names.length ? names : Object.keys(ALGS), quick ? scale / 10 : scale, quick);
} else if (mode === "bulk") {
    await bulk(rest[0], rest[1], rest[2]);
} else if (mode === "make-bundle") {
    makeBundle(rest[0], rest[1], Number(rest[2]));
} else {
    process.stderr.write("usage: bench_jose.mjs convert KEYS_DIR [--quick] [--scale F] [KEY...] | bulk BUNDLE ALGS OUT | make-bundle OUT.pem OUT.algs COUNT\n");
    process.exit(64);
}
