// Alerts for the failures that otherwise wait silently until someone looks (docs/operators.md, "Alerts"):
// - a message put on a poison queue: an upload the blob trigger gave up on after 5 tries
//   (webjobs-blobtrigger-poison), or a publish request the publisher gave up on (publish-requests-poison).
//   Read from StorageQueueLogs, which the data account's queue diagnostic setting sends to the workspace;
// - a function execution that failed (AppRequests, success false; HTTP 4xx answers to callers are left out:
//   those are the caller's mistake and the caller sees them);
// - an error logged by the app (AppTraces, severity Error or Critical), e.g. "Publish request … failed" and the
//   sweep's error while it backs off from a publish that keeps failing.
// Each rule looks at the last 15 minutes every 15 minutes, fires once and resolves itself when a window is clean.
// With no e-mail addresses the rules still fire (Azure portal, Monitor → Alerts) but notify nobody.

@description('Azure region of the rules (the workspace\'s).')
param location string

@description('Short name of the environment, used in the rules\' names, e.g. regioscan-test.')
param baseName string

@description('Resource id of the Log Analytics workspace that holds the app\'s telemetry and the queue logs.')
param workspaceId string

@description('E-mail addresses notified when a rule fires; empty: no action group, nobody is notified.')
param emailAddresses string[]

@description('Tags for every resource.')
param tags object

var evaluation = 'PT15M'

var rules = [
  {
    name: 'poison-message'
    severity: 1
    displayName: 'Regioscan ${baseName}: an upload or publish request failed 5 times (poison queue)'
    description: 'A message was put on webjobs-blobtrigger-poison (an upload the intake function gave up on) or publish-requests-poison (a publish request the publisher gave up on) of the data account. Nothing retries it any more: see docs/operators.md, "Recovery".'
    query: 'StorageQueueLogs | where OperationName == "PutMessage" and ObjectKey contains "-poison" and StatusCode startswith "2"'
  }
  {
    name: 'function-failed'
    severity: 2
    displayName: 'Regioscan ${baseName}: a function execution failed'
    description: 'A function of the app (intake, publisher, sweep, the releases API) ended with an error. The trigger retries intake and publish up to 5 times; the exception is in Application Insights (Failures).'
    query: 'AppRequests | where Success == false and not(ResultCode matches regex @"^4[0-9][0-9]$")'
  }
  {
    name: 'error-logged'
    severity: 2
    displayName: 'Regioscan ${baseName}: the app logged an error'
    description: 'The app logged an error or critical message, e.g. a publish request that failed or the sweep backing off from a publish that keeps failing. The message names what failed and what to do.'
    query: 'AppTraces | where SeverityLevel >= 3'
  }
]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(emailAddresses)) {
  name: 'ag-${baseName}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: take(replace('rs${baseName}', '-', ''), 12)
    enabled: true
    emailReceivers: [
      for (address, i) in emailAddresses: {
        name: 'operator-${i}'
        emailAddress: address
        useCommonAlertSchema: true
      }
    ]
  }
}

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: 'alert-${baseName}-${rule.name}'
    location: location
    tags: tags
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        workspaceId
      ]
      evaluationFrequency: evaluation
      windowSize: evaluation
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: empty(emailAddresses) ? [] : [
          actionGroup.id
        ]
      }
    }
  }
]

@description('Names of the alert rules.')
output ruleNames string[] = [for (rule, i) in rules: alertRules[i].name]
