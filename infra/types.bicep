// Types shared by main.bicep and its modules.

@export()
@description('A CBS province code, PV20 (Groningen) … PV31 (Limburg).')
type provinceCode = 'PV20' | 'PV21' | 'PV22' | 'PV23' | 'PV24' | 'PV25' | 'PV26' | 'PV27' | 'PV28' | 'PV29' | 'PV30' | 'PV31'

@export()
@description('A Microsoft Entra principal that uploads the scans of one province.')
type provinceUploader = {
  @description('The province whose uploads/<code>/ folder the principal may write.')
  provinceCode: provinceCode

  @description('Object id of the user, group or service principal (a group per province is easiest to manage).')
  principalId: string

  @description('Kind of principal; defaults to Group.')
  principalType: ('Group' | 'ServicePrincipal' | 'User')?
}
