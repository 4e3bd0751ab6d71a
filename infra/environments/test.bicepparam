// The test environment the pipelines deploy first (azure-pipelines.yml, .github/workflows/ci.yml).
// The smoke test of infra/scripts/post-deploy.sh uploads as the pipeline's own service principal:
// set SMOKE_UPLOADER_PRINCIPAL_ID to its object id and it gets the PV20 uploader grant here, which
// also proves the ABAC condition on every deployment.
using '../main.bicep'

var smokeUploader = readEnvironmentVariable('SMOKE_UPLOADER_PRINCIPAL_ID', '')

param environmentName = 'test'
param storageSkuName = 'Standard_LRS'
param logDailyQuotaGb = 1

// The contact point in the catalogue files (dcat.jsonld, schema-org.jsonld) of every release, which never change
// once published: the organisation's functional address, not a person's. The deployment fails on this placeholder
// (any address on .invalid, example.org, example.com or example.net): replace it before the first deployment.
param catalogContactEmail = 'opendata@replace-before-deploying.invalid'
param provinceUploaders = empty(smokeUploader)
  ? []
  : [
      {
        provinceCode: 'PV20'
        principalId: smokeUploader
        principalType: 'ServicePrincipal'
      }
    ]
