// The test environment the pipelines deploy first (azure-pipelines.yml, .github/workflows/ci.yml).
// The smoke test of infra/scripts/post-deploy.sh uploads as the pipeline's own service principal:
// set SMOKE_UPLOADER_PRINCIPAL_ID to its object id and it gets the PV20 uploader grant here, which
// also proves the ABAC condition on every deployment.
using '../main.bicep'

var smokeUploader = readEnvironmentVariable('SMOKE_UPLOADER_PRINCIPAL_ID', '')

param environmentName = 'test'
param storageSkuName = 'Standard_LRS'
param logDailyQuotaGb = 1
param provinceUploaders = empty(smokeUploader)
  ? []
  : [
      {
        provinceCode: 'PV20'
        principalId: smokeUploader
        principalType: 'ServicePrincipal'
      }
    ]
