// Interop of the password-protected JWK (compact JWE, PBES2) with npm jose (tests/node/package-lock.json), both ways:
// npm jose decrypts what `jwkman-cli convert --to jwe` writes (p2c 600,000: above npm jose's default maxPBES2Count of
// 10,000, so it is raised here), and jwkman-cli decrypts what npm jose writes with each PBES2 alg and each enc.
// Fails when npm jose is not installed (bash scripts/setup-node.sh installs it).
//
// Usage: node tests/node/jwe-interop.mjs /path/to/jwkman-cli

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let jose;
try {
    jose = await import("jose");
} catch {
    console.error("npm jose is not installed: run bash scripts/setup-node.sh");
    process.exit(1);
}

const cli = process.argv[2];
const work = mkdtempSync(join(tmpdir(), "jwkman-node-jwe-"));
const passphrase = "correct horse battery staple";
const passFile = join(work, "pass.txt");
writeFileSync(passFile, passphrase + "\n");
const password = new TextEncoder().encode(passphrase);
const algs = ["PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW"];
const encs = ["A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM", "A192GCM", "A256GCM"];
let failures = 0;

function run(args, input) {
    return execFileSync(cli, args, { input, stdio: ["pipe", "pipe", "pipe"] }).toString();
}

function check(name, ok, detail = "") {
    console.log(`${ok ? "ok  " : "FAIL"} ${name}${ok ? "" : ": " + detail}`);
    if (!ok) failures++;
}

function same(a, b) {
    const sorted = (o) => JSON.stringify(o, Object.keys(o).sort());
    return sorted(a) === sorted(b);
}

try {
    // npm jose reads ours.
    for (const args of [["--alg", "ES256"], ["--alg", "EdDSA", "--crv", "Ed25519"], ["--alg", "HS256"]]) {
        const key = JSON.parse(run(["generate", ...args]));
        const keyFile = join(work, "key.jwk");
        writeFileSync(keyFile, JSON.stringify(key));
        const compact = run(["convert", "--to", "jwe", "--passphrase-file", passFile, keyFile]).trim();
        const { plaintext, protectedHeader } = await jose.compactDecrypt(compact, password, {
            keyManagementAlgorithms: algs,
            maxPBES2Count: 1_000_000,
        });
        const h = protectedHeader;
        check(`npm jose decrypts ours (${args.join(" ")})`,
              same(JSON.parse(new TextDecoder().decode(plaintext)), key) && h.alg === "PBES2-HS512+A256KW" &&
                  h.enc === "A256GCM" && h.p2c === 600000 && h.cty === "jwk+json",
              JSON.stringify(h));
        let refused = false;
        try {
            await jose.compactDecrypt(compact, new TextEncoder().encode("wrong"), {
                keyManagementAlgorithms: algs,
                maxPBES2Count: 1_000_000,
            });
        } catch {
            refused = true;
        }
        check("npm jose refuses ours with a wrong passphrase", refused);
    }

    // We read every alg x enc npm jose writes.
    const source = JSON.parse(run(["generate", "--alg", "ES384"]));
    const plaintext = new TextEncoder().encode(JSON.stringify(source));
    for (const alg of algs) {
        for (const enc of encs) {
            const compact = await new jose.CompactEncrypt(plaintext)
                .setProtectedHeader({ alg, enc, cty: "jwk+json" })
                .setKeyManagementParameters({ p2c: 1000 })
                .encrypt(password);
            let out = "";
            try {
                out = run(["convert", "--to", "jwk", "--compact", "--passphrase-file", passFile, "-"], compact);
            } catch (e) {
                out = String(e.stderr);
            }
            let parsed = {};
            try {
                parsed = JSON.parse(out);
            } catch {}
            check(`jwkman-cli decrypts npm jose's ${alg} ${enc}`, same(parsed, source), out.slice(0, 200));
        }
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `${failures} failed` : "all passed");
process.exit(failures ? 1 : 0);
