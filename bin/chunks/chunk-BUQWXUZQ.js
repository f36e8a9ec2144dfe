import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  isDockerHub
} from "./chunk-GRASZ2E7.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/auth/provider-hints.ts
function providerHint(host) {
  let h = host.toLowerCase().replace(/:443$/, "");
  if (h === "ghcr.io" || h === "docker.pkg.github.com")
    return 'GitHub Container Registry: any username works; the password is a personal access token (classic) with the write:packages scope, or GITHUB_TOKEN in GitHub Actions with `permissions: packages: write`. A "permission_denied: write_package" error usually means the package is not linked to the repository: add the org.opencontainers.image.source annotation or grant the repository access in the package settings.';
  if (h === "public.ecr.aws")
    return "Amazon ECR Public: username AWS, password from `aws ecr-public get-login-password --region us-east-1` (valid 12 hours).";
  if (/^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(h))
    return 'Amazon ECR: username AWS, password from `aws ecr get-login-password --region <region>` (valid 12 hours), or configure the amazon-ecr-credential-helper: "credHelpers": {"' + h + '": "ecr-login"} in ~/.docker/config.json.';
  if (h === "gcr.io" || h.endsWith(".gcr.io") || h.endsWith("-docker.pkg.dev"))
    return "Google Artifact Registry / GCR: username oauth2accesstoken with the password from `gcloud auth print-access-token` (valid 1 hour), or username _json_key with a service-account key file as the password; `gcloud auth configure-docker " + h + "` sets up the gcloud credential helper instead.";
  if (h.endsWith(".azurecr.io"))
    return "Azure Container Registry: `az acr login --name <registry> --expose-token` prints a token; log in with username 00000000-0000-0000-0000-000000000000 and the token as password (it is an identity token), or use a service principal's app ID and secret.";
  if (h === "registry.gitlab.com")
    return "GitLab Container Registry: a personal or deploy token with the write_registry scope; in GitLab CI use $CI_REGISTRY_USER and $CI_REGISTRY_PASSWORD.";
  if (h === "quay.io")
    return 'Quay.io: a robot account ("org+robot") and its token, or your username and an encrypted password from the account settings.';
  if (isDockerHub(h))
    return "Docker Hub: your Docker ID as username and a personal access token (Account settings > Personal access tokens) as password; anonymous pulls are rate limited.";
}
__name(providerHint, "providerHint");

export {
  providerHint
};
