@export()
@description('App settings: names as App Service spells them (a double underscore for each section level), string values.')
type appSettings = {
  *: string
}
