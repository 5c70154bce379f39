// npm jose's side of the JWT interop test (tests/interop/test_jwt.py): signs a JWT with a private JWK, or verifies one
// with a public JWK (or an oct key), and prints the claims.
//   node jwt-interop.mjs sign KEY.jwk CLAIMS.json   -> the compact JWS on stdout
//   node jwt-interop.mjs verify KEY.jwk TOKEN       -> the claims as JSON on stdout; exit 1 when it does not verify
import * as jose from "jose";
import { readFileSync } from "node:fs";

const [command, keyFile, arg] = process.argv.slice(2);
const jwk = JSON.parse(readFileSync(keyFile, "utf8"));

try {
    if (command === "sign") {
        const claims = JSON.parse(readFileSync(arg, "utf8"));
        const alg = jwk.alg;
        const key = await jose.importJWK(jwk, alg);
        const header = { alg, typ: "JWT" };
        if (jwk.kid) header.kid = jwk.kid;
        const token = await new jose.SignJWT(claims).setProtectedHeader(header).setIssuedAt().setExpirationTime("10m").sign(key);
        process.stdout.write(token + "\n");
    } else if (command === "verify") {
        const token = readFileSync(arg, "utf8").trim();
        const { alg } = jose.decodeProtectedHeader(token);
        const key = await jose.importJWK(jwk, alg);
        const { payload } = await jose.jwtVerify(token, key, { algorithms: [alg] });
        process.stdout.write(JSON.stringify(payload) + "\n");
    } else {
        process.stderr.write("usage: jwt-interop.mjs sign|verify KEY ARG\n");
        process.exit(64);
    }
} catch (e) {
    process.stderr.write(`jose: ${e.code ?? ""} ${e.message}\n`);
    process.exit(1);
}
