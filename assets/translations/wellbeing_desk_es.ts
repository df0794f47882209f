<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ActivityTable</name>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>After doing it</source>
            <translation>Después de hacerla</translation>
        </message>
        <message>
            <source>After other days</source>
            <translation>Después de otros días</translation>
        </message>
        <message>
            <source>What this suggests</source>
            <translation>Lo que sugiere</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Una actividad que quitaste</translation>
        </message>
        <message>
            <source>No days yet</source>
            <translation>Aún no hay días</translation>
        </message>
        <message>
            <source>{value} (1 day)</source>
            <translation>{value} (1 día)</translation>
        </message>
        <message>
            <source>{value} ({count} days)</source>
            <translation>{value} ({count} días)</translation>
        </message>
        <message>
            <source>{figure}
too few days to say</source>
            <translation>{figure}
muy pocos días para saberlo</translation>
        </message>
        <message>
            <source>Lower stress the next day</source>
            <translation>Menos estrés al día siguiente</translation>
        </message>
        <message>
            <source>Higher stress the next day</source>
            <translation>Más estrés al día siguiente</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Más o menos igual</translation>
        </message>
        <message>
            <source>Too few days to say</source>
            <translation>Muy pocos días para saberlo</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Wellbeing Desk is already running with this vault.</source>
            <translation>Wellbeing Desk ya está abierto con esta bóveda.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your vault is safe. If this keeps happening, lock Wellbeing Desk and start it again.</source>
            <translation>Ocurrió algo inesperado. Tu bóveda está a salvo. Si vuelve a pasar, bloquea Wellbeing Desk y ábrelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>CareItems</name>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <source>Time with people I trust</source>
            <translation>Tiempo con personas de confianza</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Naturaleza</translation>
        </message>
        <message>
            <source>Creative work</source>
            <translation>Trabajo creativo</translation>
        </message>
        <message>
            <source>Spiritual practice</source>
            <translation>Práctica espiritual</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Acompañamiento psicológico</translation>
        </message>
        <message>
            <source>Time off / a boundary kept</source>
            <translation>Tiempo libre / un límite respetado</translation>
        </message>
        <message>
            <source>A proper meal</source>
            <translation>Una comida como se debe</translation>
        </message>
        <message>
            <source>Trouble sleeping</source>
            <translation>Problemas para dormir</translation>
        </message>
        <message>
            <source>Irritability</source>
            <translation>Irritabilidad</translation>
        </message>
        <message>
            <source>Numbness</source>
            <translation>Embotamiento emocional</translation>
        </message>
        <message>
            <source>Withdrawing from people</source>
            <translation>Alejarme de la gente</translation>
        </message>
        <message>
            <source>Exhaustion</source>
            <translation>Agotamiento</translation>
        </message>
        <message>
            <source>Always on alert</source>
            <translation>Siempre en alerta</translation>
        </message>
    </context>
    <context>
        <name>CareListEditor</name>
        <message>
            <source>activities</source>
            <translation>actividades</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>señales de alerta</translation>
        </message>
        <message>
            <source>Your {things}</source>
            <translation>Tus {things}</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renombrar</translation>
        </message>
        <message>
            <source>Rename the chosen item</source>
            <translation>Renombrar el elemento elegido</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move the chosen item up</source>
            <translation>Subir el elemento elegido</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move the chosen item down</source>
            <translation>Bajar el elemento elegido</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>&amp;Ocultar</translation>
        </message>
        <message>
            <source>Hide the chosen item</source>
            <translation>Ocultar el elemento elegido</translation>
        </message>
        <message>
            <source>A new name</source>
            <translation>Un nombre nuevo</translation>
        </message>
        <message>
            <source>Name of a new item</source>
            <translation>Nombre de un elemento nuevo</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add the new item</source>
            <translation>Añadir el elemento nuevo</translation>
        </message>
        <message>
            <source>{name} (hidden)</source>
            <translation>{name} (oculto)</translation>
        </message>
        <message>
            <source>Hidden from the check-in and the editor</source>
            <translation>Oculto en el registro rápido y en el editor</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>Show the chosen item again</source>
            <translation>Volver a mostrar el elemento elegido</translation>
        </message>
    </context>
    <context>
        <name>CareListsDialog</name>
        <message>
            <source>My lists</source>
            <translation>Mis listas</translation>
        </message>
        <message>
            <source>These are the choices in your check-in and your entries. Hiding an item keeps it in the entries that already have it.</source>
            <translation>Estas son las opciones de tu registro rápido y de tus entradas. Ocultar un elemento lo conserva en las entradas que ya lo tienen.</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listas</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Señales de alerta</translation>
        </message>
        <message>
            <source>Close my lists</source>
            <translation>Cerrar mis listas</translation>
        </message>
    </context>
    <context>
        <name>ChartImageSaver</name>
        <message>
            <source>Save the charts as an image?</source>
            <translation>¿Guardar los gráficos como imagen?</translation>
        </message>
        <message>
            <source>The image will not be encrypted. Anyone who can open the file can see your stress and mood over time. Save it only where you trust, and delete it when you no longer need it.

Save the image?</source>
            <translation>La imagen no estará cifrada. Cualquiera que pueda abrir el archivo verá tu estrés y tu ánimo a lo largo del tiempo. Guárdala solo en un lugar de confianza y bórrala cuando ya no la necesites.

¿Guardar la imagen?</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Guardar los gráficos como imagen</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>The image was not saved</source>
            <translation>La imagen no se guardó</translation>
        </message>
        <message>
            <source>The image could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>No se pudo guardar la imagen y no se escribió nada. Comprueba que la carpeta existe y que puedes escribir en ella, e inténtalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Check in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Every part is optional. Enter saves.</source>
            <translation>Todo es opcional. Intro guarda.</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Lo que hice por mí</translation>
        </message>
        <message>
            <source>Edit my lists…</source>
            <translation>Editar mis listas…</translation>
        </message>
        <message>
            <source>Edit my list of activities</source>
            <translation>Editar mi lista de actividades</translation>
        </message>
        <message>
            <source>One line, if you like</source>
            <translation>Una línea, si quieres</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation>Una línea sobre hoy</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Guardar registro</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Guardar el registro rápido</translation>
        </message>
        <message>
            <source>What did you do for yourself?</source>
            <translation>¿Qué hiciste por ti?</translation>
        </message>
        <message>
            <source>How stressed do you feel right now?</source>
            <translation>¿Cuánto estrés sientes ahora?</translation>
        </message>
        <message>
            <source>How is your mood?</source>
            <translation>¿Cómo está tu ánimo?</translation>
        </message>
        <message>
            <source>Choose a number, an activity or write a line first.</source>
            <translation>Primero elige un número, una actividad o escribe una línea.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The check-in could not be saved. {reason}</source>
            <translation>No se pudo guardar el registro. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPassphraseDialog</name>
        <message>
            <source>Confirm with your passphrase</source>
            <translation>Confirma con tu frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>Crea tu bóveda</translation>
        </message>
        <message>
            <source>Everything you keep in Wellbeing Desk is encrypted with one passphrase. Choose a few words that only you know and can remember.</source>
            <translation>Todo lo que guardas en Wellbeing Desk se cifra con una sola frase de contraseña. Elige unas cuantas palabras que solo tú conozcas y puedas recordar.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repite la frase de contraseña</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Las dos frases de contraseña todavía no coinciden.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Esta frase de contraseña es débil. Usarla de todos modos.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Usar la frase de contraseña débil de todos modos</translation>
        </message>
        <message>
            <source>Important: if you forget this passphrase, nobody can recover your vault, not even the people who make Wellbeing Desk. Keep a copy somewhere safe if you need one.</source>
            <translation>Importante: si olvidas esta frase de contraseña, nadie podrá recuperar tu bóveda, ni siquiera quienes hacen Wellbeing Desk. Si necesitas una copia, guárdala en un lugar seguro.</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Crear bóveda</translation>
        </message>
        <message>
            <source>Creating your vault… this takes a moment.</source>
            <translation>Creando tu bóveda… tarda un momento.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDetail</name>
        <message>
            <source>Mark as a favourite (Ctrl+D)</source>
            <translation>Marcar como favorita (Ctrl+D)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit this entry</source>
            <translation>Editar esta entrada</translation>
        </message>
        <message>
            <source>Edit this entry (Enter in the list)</source>
            <translation>Editar esta entrada (Intro en la lista)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Eliminar esta entrada</translation>
        </message>
        <message>
            <source>Delete this entry; you can undo it (Delete)</source>
            <translation>Eliminar esta entrada; puedes deshacerlo (Supr)</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>La forma más segura de contactar</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Quién puede acudir</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Con experiencia con personas defensoras</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Última comprobación</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de seguridad</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mis notas</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Abierto ahora</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>Cerrado ahora</translation>
        </message>
        <message>
            <source>The starter directory, with your changes</source>
            <translation>El directorio inicial, con tus cambios</translation>
        </message>
        <message>
            <source>The starter directory</source>
            <translation>El directorio inicial</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>Añadida por ti</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it.</source>
            <translation>Del directorio inicial: compruébalo antes de confiar en ello.</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (checked {date}).</source>
            <translation>Del directorio inicial: compruébalo antes de confiar en ello (comprobado el {date}).</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the {kind}</source>
            <translation>Copiar: {kind}</translation>
        </message>
        <message>
            <source>Copy to the clipboard; it is cleared after 30 seconds and on lock</source>
            <translation>Copiar al portapapeles; se borra a los 30 segundos y al bloquear</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>Escribir…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Write an email</source>
            <translation>Escribir un correo</translation>
        </message>
        <message>
            <source>Open the website</source>
            <translation>Abrir el sitio web</translation>
        </message>
        <message>
            <source>Asks first: this goes out over the internet</source>
            <translation>Pregunta antes: esto sale por internet</translation>
        </message>
        <message>
            <source>★ Favourite</source>
            <translation>★ Favorita</translation>
        </message>
        <message>
            <source>☆ Mark as favourite</source>
            <translation>☆ Marcar como favorita</translation>
        </message>
        <message>
            <source>Favourite; press to unmark</source>
            <translation>Favorita; pulsa para quitar la marca</translation>
        </message>
        <message>
            <source>Mark as a favourite</source>
            <translation>Marcar como favorita</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Language codes, e.g. es, en, pt-BR</source>
            <translation>Códigos de idioma, p. ej. es, en, pt-BR</translation>
        </message>
        <message>
            <source>Language codes separated by commas: es, en, pt-BR</source>
            <translation>Códigos de idioma separados por comas: es, en, pt-BR</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <source>Country codes, e.g. MX, CO, or worldwide</source>
            <translation>Códigos de país, p. ej. MX, CO, o worldwide</translation>
        </message>
        <message>
            <source>Two-letter country codes separated by commas, or the word worldwide</source>
            <translation>Códigos de país de dos letras separados por comas, o la palabra worldwide</translation>
        </message>
        <message>
            <source>Add a contact method</source>
            <translation>Añadir una forma de contacto</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>La forma más segura de contactar</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>e.g. America/Mexico_City</source>
            <translation>p. ej. America/Mexico_City</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Quién puede acudir</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Con experiencia con personas defensoras</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Comprobado el</translation>
        </message>
        <message>
            <source>I know when this was last checked</source>
            <translation>Sé cuándo se comprobó por última vez</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Última comprobación</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de seguridad</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mis notas</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorita</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Guardar esta entrada</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Cancelar la edición</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>Cerrar sin guardar (Escape)</translation>
        </message>
        <message>
            <source>Contact methods</source>
            <translation>Formas de contacto</translation>
        </message>
        <message>
            <source>Most secure way</source>
            <translation>La forma más segura</translation>
        </message>
        <message>
            <source>New directory entry</source>
            <translation>Nueva entrada del directorio</translation>
        </message>
        <message>
            <source>Edit directory entry</source>
            <translation>Editar entrada del directorio</translation>
        </message>
        <message>
            <source>This text is too long to keep; please shorten it.</source>
            <translation>Este texto es demasiado largo para guardarlo; acórtalo, por favor.</translation>
        </message>
        <message>
            <source>Please give the entry a name.</source>
            <translation>Ponle un nombre a la entrada, por favor.</translation>
        </message>
        <message>
            <source>Each contact method needs a number, address or handle.</source>
            <translation>Cada forma de contacto necesita un número, una dirección o un usuario.</translation>
        </message>
        <message>
            <source>Languages are written as codes such as es, en or pt-BR.</source>
            <translation>Los idiomas se escriben como códigos, por ejemplo es, en o pt-BR.</translation>
        </message>
        <message>
            <source>Regions are written as two-letter country codes such as MX, or worldwide.</source>
            <translation>Las regiones se escriben como códigos de país de dos letras, por ejemplo MX, o worldwide.</translation>
        </message>
        <message>
            <source>Please check the entry: something could not be saved.</source>
            <translation>Revisa la entrada: algo no se pudo guardar.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>Exportar el directorio</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it: names, numbers, addresses and your private notes. Keep it only where you trust, and delete it when it is no longer needed.</source>
            <translation>El archivo exportado no está cifrado. Cualquiera que lo obtenga puede leer todo su contenido: nombres, números, direcciones y tus notas privadas. Guárdalo solo en un lugar de confianza y bórralo cuando ya no haga falta.</translation>
        </message>
        <message>
            <source>It holds every entry of your directory (not the ones in the trash). You will be asked for your passphrase before anything is written.</source>
            <translation>Contiene todas las entradas de tu directorio (no las de la papelera). Se te pedirá tu frase de contraseña antes de escribir nada.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>vCard, for address books (.vcf)</source>
            <translation>vCard, para libretas de direcciones (.vcf)</translation>
        </message>
        <message>
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, para hojas de cálculo (.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for other tools (.json)</source>
            <translation>JSON, todo, para otras herramientas (.json)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>¿Exportar sin cifrar?</translation>
        </message>
        <message>
            <source>The file will not be encrypted: anyone who gets it can read every entry, including your private notes. Export anyway?</source>
            <translation>El archivo no estará cifrado: cualquiera que lo obtenga podrá leer todas las entradas, incluidas tus notas privadas. ¿Exportar de todos modos?</translation>
        </message>
        <message>
            <source>Exporting writes a file that is not encrypted. Enter your passphrase.</source>
            <translation>Exportar escribe un archivo sin cifrar. Escribe tu frase de contraseña.</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Archivos vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the directory</source>
            <translation>Guardar el directorio</translation>
        </message>
        <message>
            <source>The export was not saved</source>
            <translation>La exportación no se guardó</translation>
        </message>
        <message>
            <source>The export could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>No se pudo guardar la exportación y no se escribió nada. Comprueba que la carpeta existe y que puedes escribir en ella, e inténtalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFilterBar</name>
        <message>
            <source>Search names, places, languages, notes… (Ctrl+F)</source>
            <translation>Busca nombres, lugares, idiomas, notas… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Buscar en el directorio</translation>
        </message>
        <message>
            <source>Search every field as you type (Ctrl+F)</source>
            <translation>Busca en todos los campos mientras escribes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>Solo favoritas</translation>
        </message>
        <message>
            <source>Show favourites only</source>
            <translation>Mostrar solo las favoritas</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Con experiencia con personas defensoras</translation>
        </message>
        <message>
            <source>Show only those experienced with human rights defenders</source>
            <translation>Mostrar solo quienes tienen experiencia con personas defensoras de derechos humanos</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Abierto ahora</translation>
        </message>
        <message>
            <source>Show only those open now</source>
            <translation>Mostrar solo lo que está abierto ahora</translation>
        </message>
        <message>
            <source>Entries whose hours say they are open now, where they are</source>
            <translation>Entradas cuyo horario dice que están abiertas ahora, en su zona horaria</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Quitar los filtros</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Cualquier categoría</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Cualquier idioma</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Cualquier lugar</translation>
        </message>
    </context>
    <context>
        <name>DirectoryListModel</name>
        <message>
            <source>favourite</source>
            <translation>favorita</translation>
        </message>
    </context>
    <context>
        <name>DirectoryNames</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Línea de ayuda</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Acompañamiento psicológico</translation>
        </message>
        <message>
            <source>Trauma care</source>
            <translation>Atención al trauma</translation>
        </message>
        <message>
            <source>Legal support</source>
            <translation>Apoyo legal</translation>
        </message>
        <message>
            <source>Digital security</source>
            <translation>Seguridad digital</translation>
        </message>
        <message>
            <source>Physical protection</source>
            <translation>Protección física</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Atención médica</translation>
        </message>
        <message>
            <source>Temporary relocation</source>
            <translation>Reubicación temporal</translation>
        </message>
        <message>
            <source>Emergency funding</source>
            <translation>Fondos de emergencia</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Apoyo entre pares</translation>
        </message>
        <message>
            <source>Rest and retreats</source>
            <translation>Descanso y retiros</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Autocuidado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Móvil</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Gratuito</translation>
        </message>
        <message>
            <source>Sliding scale</source>
            <translation>Tarifa según ingresos</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>De pago</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Worldwide</source>
            <translation>Todo el mundo</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Add a new directory entry</source>
            <translation>Añadir una entrada nueva al directorio</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Nueva entrada (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Import entries from a vCard or CSV file</source>
            <translation>Importar entradas de un archivo vCard o CSV</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export the directory to a file</source>
            <translation>Exportar el directorio a un archivo</translation>
        </message>
        <message>
            <source>Directory entries, by name</source>
            <translation>Entradas del directorio, por nombre</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: delete · Ctrl+D: favourite · Ctrl+C: copy first contact</source>
            <translation>Intro: editar · Supr: eliminar · Ctrl+D: favorita · Ctrl+C: copiar el primer contacto</translation>
        </message>
        <message>
            <source>Choose an entry to see everything about it.</source>
            <translation>Elige una entrada para ver todo sobre ella.</translation>
        </message>
        <message>
            <source>Showing the first {shown} of {total} entries.</source>
            <translation>Se muestran las primeras {shown} de {total} entradas.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>No hay coincidencias. Prueba otras palabras o quita los filtros.</translation>
        </message>
        <message>
            <source>Your directory is empty. Add the people and organisations you can turn to with “New entry”.</source>
            <translation>Tu directorio está vacío. Añade a las personas y organizaciones a las que puedes acudir con «Nueva entrada».</translation>
        </message>
        <message>
            <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
            <translation>Copiado. El portapapeles se borrará en {seconds} segundos.</translation>
        </message>
        <message>
            <source>Open outside Wellbeing Desk?</source>
            <translation>¿Abrir fuera de Wellbeing Desk?</translation>
        </message>
        <message>
            <source>This opens {address} in your browser or e-mail program. It goes out over the internet, and whoever runs it can see a visit from this connection. Open it?</source>
            <translation>Esto abre {address} en tu navegador o programa de correo. Sale por internet, y quien lo gestione puede ver una visita desde esta conexión. ¿Abrirlo?</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>No se pudo guardar la entrada. {reason}</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>Entrada eliminada.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Deshacer: recuperar la entrada</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Recuperarla (Ctrl+Z)</translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>%n entrada importada.</numerusform>
                <numerusform>%n entradas importadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to {file}. The file is not encrypted.</source>
            <translation>
                <numerusform>%n entrada exportada a {file}. El archivo no está cifrado.</numerusform>
                <numerusform>%n entradas exportadas a {file}. El archivo no está cifrado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorHeader</name>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Continuing your unsaved changes.</source>
            <translation>Continúas con tus cambios sin guardar.</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <source>Discard the unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the editor; your text stays as a draft</source>
            <translation>Cerrar el editor; tu texto queda como borrador</translation>
        </message>
        <message>
            <source>Your text stays as a draft (Escape)</source>
            <translation>Tu texto queda como borrador (Escape)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Guardar la entrada</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EntriesPage</name>
        <message>
            <source>You have an entry you have not saved yet.</source>
            <translation>Tienes una entrada que aún no has guardado.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Seguir escribiendo</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Continuar tu entrada sin guardar</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>No se pudieron conservar tus cambios como borrador. {reason}</translation>
        </message>
        <message>
            <source>Each tag can have at most {count} characters.</source>
            <translation>Cada etiqueta puede tener como máximo {count} caracteres.</translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation>Todavía no hay nada que guardar.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>No se pudo guardar la entrada. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>¿Descartar tus cambios sin guardar? No se puede deshacer.</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>Esta entrada ya no existe.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <source>Hours of sleep</source>
            <translation>Horas de sueño</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Lo que hice por mí</translation>
        </message>
        <message>
            <source>Warning signs I noticed</source>
            <translation>Señales de alerta que noté</translation>
        </message>
        <message>
            <source>Edit my lists…</source>
            <translation>Editar mis listas…</translation>
        </message>
        <message>
            <source>Edit my lists of activities and warning signs</source>
            <translation>Editar mis listas de actividades y señales de alerta</translation>
        </message>
        <message>
            <source>For example: work, family</source>
            <translation>Por ejemplo: trabajo, familia</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por comas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sueño de anoche</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>What is on your mind</source>
            <translation>Lo que tienes en mente</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. Markdown works here.</source>
            <translation>Escribe tanto o tan poco como quieras. Aquí funciona Markdown.</translation>
        </message>
        <message>
            <source>Preview of your text</source>
            <translation>Vista previa de tu texto</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Mostrar una vista previa del texto</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>&amp;Editar el texto</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Volver a editar el texto</translation>
        </message>
    </context>
    <context>
        <name>EntryText</name>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Stress {value}/10</source>
            <translation>Estrés {value}/10</translation>
        </message>
        <message>
            <source>Mood {value}/5</source>
            <translation>Ánimo {value}/5</translation>
        </message>
        <message>
            <source>{when} — {text}</source>
            <translation>{when} — {text}</translation>
        </message>
        <message>
            <source>Stress {value} of 10</source>
            <translation>Estrés {value} de 10</translation>
        </message>
        <message>
            <source>Mood {value} of 5</source>
            <translation>Ánimo {value} de 5</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase did not unlock the vault. Please check it and try again.</source>
            <translation>Esa frase de contraseña no abrió la bóveda. Revísala e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>This vault was saved by a newer version of Wellbeing Desk. Please update the app to open it. Nothing was changed.</source>
            <translation>Esta bóveda se guardó con una versión más reciente de Wellbeing Desk. Actualiza la aplicación para abrirla. No se cambió nada.</translation>
        </message>
        <message>
            <source>The vault could not be read; it may be damaged. Nothing was changed. If you have a backup, you can restore it.</source>
            <translation>No se pudo leer la bóveda; puede estar dañada. No se cambió nada. Si tienes una copia de seguridad, puedes restaurarla.</translation>
        </message>
        <message>
            <source>The vault is in use by another Wellbeing Desk window or command. Close it and try again.</source>
            <translation>La bóveda está en uso por otra ventana o comando de Wellbeing Desk. Ciérralo e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>No hay ninguna bóveda en esta carpeta.</translation>
        </message>
        <message>
            <source>There is already a vault or other files in this folder. Nothing was overwritten.</source>
            <translation>Ya hay una bóveda u otros archivos en esta carpeta. No se sobrescribió nada.</translation>
        </message>
        <message>
            <source>The disk is full or refused to save. Nothing was lost. Free some space and try again.</source>
            <translation>El disco está lleno o no permitió guardar. No se perdió nada. Libera espacio e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>La bóveda está bloqueada. Desbloquéala e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Wellbeing Desk could not read or write its folder. Check that the folder exists and that you are allowed to write to it.</source>
            <translation>Wellbeing Desk no pudo leer ni escribir en su carpeta. Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
        </message>
        <message>
            <source>There was not enough memory for this. Close other programs and try again.</source>
            <translation>No hubo memoria suficiente. Cierra otros programas e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed. Please try again.</source>
            <translation>Algo salió mal. No se cambió nada. Inténtalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export for a counsellor</source>
            <translation>Exportar para una persona de acompañamiento</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it. Share it only in a way you trust, and delete it when it is no longer needed.</source>
            <translation>El archivo exportado no está cifrado. Cualquiera que lo obtenga puede leer todo su contenido. Compártelo solo por un medio de confianza y bórralo cuando ya no haga falta.</translation>
        </message>
        <message>
            <source>It holds your journal entries from the period you choose: check-ins, full entries, what you did for yourself and warning signs. You will be asked for your passphrase before anything is written.</source>
            <translation>Contiene las entradas de tu diario del período que elijas: registros rápidos, entradas completas, lo que hiciste por ti y las señales de alerta. Se te pedirá tu frase de contraseña antes de escribir nada.</translation>
        </message>
        <message>
            <source>From (first day)</source>
            <translation>Desde (primer día)</translation>
        </message>
        <message>
            <source>To (last day)</source>
            <translation>Hasta (último día)</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>Markdown text (.md)</source>
            <translation>Texto Markdown (.md)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>Documento PDF (.pdf)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export the journal entries</source>
            <translation>Exportar las entradas del diario</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The first day is after the last day. Please check them.</source>
            <translation>El primer día es posterior al último. Revísalos, por favor.</translation>
        </message>
        <message>
            <source>Exporting writes a file that is not encrypted. Enter your passphrase.</source>
            <translation>Exportar escribe un archivo sin cifrar. Escribe tu frase de contraseña.</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Guardar la exportación</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown text (*.md)</source>
            <translation>Texto Markdown (*.md)</translation>
        </message>
        <message>
            <source>The export was not saved</source>
            <translation>La exportación no se guardó</translation>
        </message>
        <message>
            <source>The export could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>No se pudo guardar la exportación y no se escribió nada. Comprueba que la carpeta existe y que puedes escribir en ella, e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Journal, {first} to {last}</source>
            <translation>Diario, del {first} al {last}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Estrés (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Ánimo (1–5)</translation>
        </message>
        <message>
            <source>Energy (1–5)</source>
            <translation>Energía (1–5)</translation>
        </message>
        <message>
            <source>Sleep (hours)</source>
            <translation>Sueño (horas)</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Lo que hice por mí</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Señales de alerta</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>No hay entradas en este período.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search your journal</source>
            <translation>Buscar en tu diario</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Mostrar los filtros</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>The past 7 days</source>
            <translation>Los últimos 7 días</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Los últimos 30 días</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Los últimos 3 meses</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>El último año</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre dos fechas</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Stress from</source>
            <translation>Estrés desde</translation>
        </message>
        <message>
            <source>Stress up to</source>
            <translation>Estrés hasta</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Quitar los filtros</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Any activity</source>
            <translation>Cualquier actividad</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Ocultar los filtros</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Wellbeing Desk help</source>
            <translation>Ayuda de Wellbeing Desk</translation>
        </message>
        <message>
            <source>Close help</source>
            <translation>Cerrar la ayuda</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Lock and minimise is the quick way out: the vault closes and the window gets out of sight at once. Nothing you wrote stays on screen.</source>
            <translation>Bloquear y minimizar es la salida rápida: la bóveda se cierra y la ventana desaparece de la vista al instante. Nada de lo que escribiste queda en pantalla.</translation>
        </message>
        <message>
            <source>About Wellbeing Desk</source>
            <translation>Acerca de Wellbeing Desk</translation>
        </message>
        <message>
            <source>Version {version}. An encrypted, offline-first companion for human rights defenders. It is not therapy and does not replace real help. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Versión {version}. Una compañera cifrada que funciona sin conexión, para personas defensoras de derechos humanos. No es terapia y no sustituye la ayuda profesional. Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>Importar al directorio</translation>
        </message>
        <message>
            <source>Choose what each column holds. Columns set to “Ignore” are left out. The first rows of the file are shown below.</source>
            <translation>Elige qué contiene cada columna. Las columnas marcadas «Ignorar» se dejan fuera. Abajo se muestran las primeras filas del archivo.</translation>
        </message>
        <message>
            <source>Columns of the file and what they hold</source>
            <translation>Columnas del archivo y lo que contienen</translation>
        </message>
        <message>
            <source>Likely already in your directory</source>
            <translation>Probablemente ya están en tu directorio</translation>
        </message>
        <message>
            <source>These have the same name and a phone number or e-mail address of an entry you already have. Choose for each whether to skip it, merge it into the entry you have (your details are kept; new contacts, places and notes are added) or add it anyway (you can then edit or delete one of the two).</source>
            <translation>Tienen el mismo nombre y un teléfono o correo de una entrada que ya tienes. Elige para cada una si omitirla, fusionarla con la que tienes (se conservan tus datos; se añaden contactos, lugares y notas nuevos) o añadirla de todos modos (luego puedes editar o eliminar una de las dos).</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Probables duplicados</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Add these entries to the directory</source>
            <translation>Añadir estas entradas al directorio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Elige un archivo para importar</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation>Contactos (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <source>vCard file</source>
            <translation>Archivo vCard</translation>
        </message>
        <message>
            <source>From {file} ({kind})</source>
            <translation>De {file} ({kind})</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>What the column “{column}” holds</source>
            <translation>Lo que contiene la columna «{column}»</translation>
        </message>
        <message>
            <source>Reading the file again…</source>
            <translation>Leyendo el archivo de nuevo…</translation>
        </message>
        <message>
            <source>{name} — like “{existing}”</source>
            <translation>{name}: como «{existing}»</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>Omitirla</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Conservar ambas</translation>
        </message>
        <message>
            <source>Merge into the existing entry</source>
            <translation>Fusionar con la entrada existente</translation>
        </message>
        <message>
            <source>Merge into your entry “{existing}”</source>
            <translation>Fusionar con tu entrada «{existing}»</translation>
        </message>
        <message>
            <source>What to do with {name}</source>
            <translation>Qué hacer con {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be added.</source>
            <translation>
                <numerusform>Se añadirá %n entrada.</numerusform>
                <numerusform>Se añadirán %n entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be merged into entries you have.</source>
            <translation>
                <numerusform>%n probable duplicado se fusionará con una entrada que ya tienes.</numerusform>
                <numerusform>%n probables duplicados se fusionarán con entradas que ya tienes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be skipped.</source>
            <translation>
                <numerusform>Se omitirá %n probable duplicado.</numerusform>
                <numerusform>Se omitirán %n probables duplicados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entries could not be added, and nothing was changed. {reason}</source>
            <translation>No se pudieron añadir las entradas y no se cambió nada. {reason}</translation>
        </message>
        <message>
            <source>Card {card} (from line {line}) cannot be imported.</source>
            <translation>La tarjeta {card} (desde la línea {line}) no se puede importar.</translation>
        </message>
        <message>
            <source>Card {card} cannot be imported.</source>
            <translation>La tarjeta {card} no se puede importar.</translation>
        </message>
        <message>
            <source>Line {line} cannot be imported.</source>
            <translation>La línea {line} no se puede importar.</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Este archivo no se puede importar.</translation>
        </message>
        <message>
            <source>Nothing was added. Details: {details}</source>
            <translation>No se añadió nada. Detalles: {details}</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it still exists and that you are allowed to read it. Nothing was added.</source>
            <translation>No se pudo abrir el archivo. Comprueba que sigue existiendo y que puedes leerlo. No se añadió nada.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Kind (person, organisation…)</source>
            <translation>Tipo (persona, organización…)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Móvil</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Horario de atención</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>Period shown</source>
            <translation>Período mostrado</translation>
        </message>
        <message>
            <source>Export for a counsellor…</source>
            <translation>Exportar para acompañamiento…</translation>
        </message>
        <message>
            <source>Export journal entries for a counsellor</source>
            <translation>Exportar entradas del diario para una persona de acompañamiento</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>Patterns from your own check-ins. They show what tends to go together, not what causes what.</source>
            <translation>Patrones de tus propios registros. Muestran lo que suele ir junto, no qué causa qué.</translation>
        </message>
        <message>
            <source>Nothing to show for this period yet. As you check in, your stress and mood appear here over time.</source>
            <translation>Todavía no hay nada que mostrar en este período. A medida que hagas registros, tu estrés y tu ánimo aparecerán aquí.</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Estrés (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Ánimo (1–5)</translation>
        </message>
        <message>
            <source>Save the charts as an image…</source>
            <translation>Guardar los gráficos como imagen…</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Guardar los gráficos como imagen</translation>
        </message>
        <message>
            <source>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than {count} days is marked: there are too few days to say.</source>
            <translation>Tu estrés medio el día después de hacer cada actividad, comparado con el día después de los otros días en que hiciste un registro. Una cifra basada en menos de {count} días se marca: son muy pocos días para saberlo.</translation>
        </message>
        <message>
            <source>Activities and next-day stress</source>
            <translation>Actividades y estrés del día siguiente</translation>
        </message>
        <message>
            <source>When you note what you did for yourself and check in the next day, it shows here.</source>
            <translation>Cuando anotes lo que hiciste por ti y hagas un registro al día siguiente, aparecerá aquí.</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Semana a semana</translation>
        </message>
        <message>
            <source>What goes with lower stress the next day</source>
            <translation>Lo que va con menos estrés al día siguiente</translation>
        </message>
        <message>
            <source>The days you checked in each week, and their averages: stress from 0 to 10, mood from 1 to 5.</source>
            <translation>Los días con registro de cada semana y sus medias: estrés de 0 a 10, ánimo de 1 a 5.</translation>
        </message>
        <message>
            <source>1 day with check-ins in this period. Stress {stress}, mood {mood}.</source>
            <translation>1 día con registros en este período. Estrés {stress}, ánimo {mood}.</translation>
        </message>
        <message>
            <source>{days} days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</source>
            <translation>{days} días con registros en este período. Última media de 7 días: estrés {stress}, ánimo {mood}.</translation>
        </message>
        <message>
            <source>The image was saved as {name}. It is not encrypted.</source>
            <translation>La imagen se guardó como {name}. No está cifrada.</translation>
        </message>
        <message>
            <source>The export was saved as {name}. It is not encrypted: delete it when it is no longer needed.</source>
            <translation>La exportación se guardó como {name}. No está cifrada: bórrala cuando ya no haga falta.</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
    </context>
    <context>
        <name>JournalListPanel</name>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>Escribir una entrada nueva</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Nueva entrada (Ctrl+N)</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Mostrar la papelera</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore the chosen entry</source>
            <translation>Restaurar la entrada elegida</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Vaciar la papelera definitivamente</translation>
        </message>
        <message>
            <source>Journal entries, newest first</source>
            <translation>Entradas del diario, de la más reciente a la más antigua</translation>
        </message>
        <message>
            <source>Entry moved to the trash.</source>
            <translation>La entrada se movió a la papelera.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Deshacer: recuperar la entrada</translation>
        </message>
        <message>
            <source>The entry is back in your journal.</source>
            <translation>La entrada volvió a tu diario.</translation>
        </message>
        <message>
            <source>Remove every entry in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>¿Eliminar definitivamente todas las entradas de la papelera? No se puede deshacer y no hay ninguna copia en otro lugar.</translation>
        </message>
        <message>
            <source>Back to the journal</source>
            <translation>Volver al diario</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>No hay coincidencias. Prueba otras palabras o quita los filtros.</translation>
        </message>
        <message>
            <source>Your journal is empty for now. Check-ins from Today and the entries you write appear here, newest first.</source>
            <translation>Tu diario está vacío por ahora. Los registros de Hoy y las entradas que escribas aparecerán aquí, de la más reciente a la más antigua.</translation>
        </message>
    </context>
    <context>
        <name>JournalSection</name>
        <message>
            <source>Journal views</source>
            <translation>Vistas del diario</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mi plan de autocuidado</translation>
        </message>
    </context>
    <context>
        <name>LockScreenFrame</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock and minimise</source>
            <translation>Bloquear y minimizar</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Bloquear ahora</translation>
        </message>
        <message>
            <source>Lock and minimise (panic)</source>
            <translation>Bloquear y minimizar (pánico)</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>Ir a una sección</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Esta ayuda</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Wellbeing Desk — Locked</source>
            <translation>Wellbeing Desk — Bloqueado</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>[image: {name}]</source>
            <translation>[imagen: {name}]</translation>
        </message>
        <message>
            <source>[image]</source>
            <translation>[imagen]</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Act on this message</source>
            <translation>Actuar sobre este mensaje</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Caps Lock seems to be on.</source>
            <translation>Parece que las mayúsculas están activadas.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Ocultar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>My self-care plan</source>
            <translation>Mi plan de autocuidado</translation>
        </message>
        <message>
            <source>Your plan, in your own words, for the days when it is hard to think clearly. Write as much or as little as you like; it is saved as you write, inside your encrypted vault.</source>
            <translation>Tu plan, con tus propias palabras, para los días en que cuesta pensar con claridad. Escribe tanto o tan poco como quieras; se guarda mientras escribes, dentro de tu bóveda cifrada.</translation>
        </message>
        <message>
            <source>Opening your plan…</source>
            <translation>Abriendo tu plan…</translation>
        </message>
        <message>
            <source>This section is too long to save. Please shorten it to {count} characters or fewer.</source>
            <translation>Esta sección es demasiado larga para guardarla. Acórtala a {count} caracteres o menos.</translation>
        </message>
        <message>
            <source>Saved in your vault.</source>
            <translation>Guardado en tu bóveda.</translation>
        </message>
        <message>
            <source>Your plan could not be saved: {reason}</source>
            <translation>No se pudo guardar tu plan: {reason}</translation>
        </message>
        <message>
            <source>My warning signs</source>
            <translation>Mis señales de alerta</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Personas a las que puedo acudir</translation>
        </message>
        <message>
            <source>My boundaries and commitments</source>
            <translation>Mis límites y compromisos</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>Lo que me sostiene</translation>
        </message>
        <message>
            <source>What tells you that stress is building up? For example: sleeping badly, snapping at people, feeling numb.</source>
            <translation>¿Qué te indica que el estrés se está acumulando? Por ejemplo: dormir mal, reaccionar con brusquedad, sentirte como anestesiada.</translation>
        </message>
        <message>
            <source>Small things count: a walk, music, a call, a proper meal, prayer, time alone.</source>
            <translation>Las cosas pequeñas cuentan: un paseo, música, una llamada, una buena comida, rezar, un rato a solas.</translation>
        </message>
        <message>
            <source>Who can you call or write to when things get hard? A friend, a colleague, a counsellor, a helpline.</source>
            <translation>¿A quién puedes llamar o escribir cuando las cosas se ponen difíciles? Una amiga, una colega, una persona de acompañamiento, una línea de ayuda.</translation>
        </message>
        <message>
            <source>What will you say no to? What have you promised yourself, and others?</source>
            <translation>¿A qué vas a decir que no? ¿Qué te has prometido a ti y a otras personas?</translation>
        </message>
        <message>
            <source>Why this work matters to you, and what gives you strength.</source>
            <translation>Por qué este trabajo te importa y qué te da fuerza.</translation>
        </message>
    </context>
    <context>
        <name>PlanSummaryCard</name>
        <message>
            <source>My warning signs</source>
            <translation>Mis señales de alerta</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Personas a las que puedo acudir</translation>
        </message>
        <message>
            <source>My boundaries</source>
            <translation>Mis límites</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>Lo que me sostiene</translation>
        </message>
        <message>
            <source>Your plan is empty for now. Writing down what helps, on a calm day, makes it easier to find on a hard one.</source>
            <translation>Tu plan está vacío por ahora. Escribir lo que te ayuda en un día tranquilo hace que sea más fácil encontrarlo en un día difícil.</translation>
        </message>
        <message>
            <source>Open my plan</source>
            <translation>Abrir mi plan</translation>
        </message>
        <message>
            <source>Open my self-care plan</source>
            <translation>Abrir mi plan de autocuidado</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mi plan de autocuidado</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>Nothing chosen yet. {scale}</source>
            <translation>Aún no hay nada elegido. {scale}</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>Stress, from 0 to 10</source>
            <translation>Estrés, de 0 a 10</translation>
        </message>
        <message>
            <source>0 calm</source>
            <translation>0 calma</translation>
        </message>
        <message>
            <source>10 worst distress</source>
            <translation>10 peor angustia</translation>
        </message>
        <message>
            <source>Mood, from 1 to 5</source>
            <translation>Ánimo, de 1 a 5</translation>
        </message>
        <message>
            <source>1 very low</source>
            <translation>1 muy bajo</translation>
        </message>
        <message>
            <source>5 very good</source>
            <translation>5 muy bueno</translation>
        </message>
        <message>
            <source>Energy, from 1 to 5</source>
            <translation>Energía, de 1 a 5</translation>
        </message>
        <message>
            <source>1 drained</source>
            <translation>1 agotada</translation>
        </message>
        <message>
            <source>5 full of energy</source>
            <translation>5 llena de energía</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>Bloquear automáticamente tras</translation>
        </message>
        <message>
            <source>Lock when the window is minimised</source>
            <translation>Bloquear al minimizar la ventana</translation>
        </message>
        <message>
            <source>Counted from your last key press or click in Wellbeing Desk. The vault also locks when your screen locks or the computer sleeps.</source>
            <translation>Se cuenta desde tu última tecla o clic en Wellbeing Desk. La bóveda también se bloquea cuando se bloquea la pantalla o el equipo entra en reposo.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>El mismo que el sistema</translation>
        </message>
        <message>
            <source>The new language is used the next time you start Wellbeing Desk.</source>
            <translation>El nuevo idioma se usará la próxima vez que abras Wellbeing Desk.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minuto</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>2 minutos</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutos</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutos</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutos</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Turning off automatic locking needs your passphrase.</source>
            <translation>Para desactivar el bloqueo automático necesitas tu frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message>
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Muy débil: se adivinaría casi al instante.</translation>
        </message>
        <message>
            <source>Weak: this could be guessed quickly.</source>
            <translation>Débil: se podría adivinar rápidamente.</translation>
        </message>
        <message>
            <source>Fair, but still guessable. A few more words would help.</source>
            <translation>Aceptable, pero aún se puede adivinar. Unas palabras más ayudarían.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Muy fuerte.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Write more</source>
            <translation>Escribir más</translation>
        </message>
        <message>
            <source>A full entry has room for sleep, energy, warning signs and your own words.</source>
            <translation>Una entrada completa tiene espacio para el sueño, la energía, las señales de alerta y tus propias palabras.</translation>
        </message>
        <message>
            <source>Write a full entry</source>
            <translation>Escribir una entrada completa</translation>
        </message>
        <message>
            <source>Write a full entry (Ctrl+N)</source>
            <translation>Escribir una entrada completa (Ctrl+N)</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Continuar tu entrada sin guardar</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Each day</source>
            <translation>Cada día</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>Media de 7 días</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>Hola de nuevo</translation>
        </message>
        <message>
            <source>Wellbeing Desk is locked. Enter your passphrase to open your vault.</source>
            <translation>Wellbeing Desk está bloqueado. Escribe tu frase de contraseña para abrir tu bóveda.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Unlocking… this takes a moment.</source>
            <translation>Desbloqueando… tarda un momento.</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Did most often</source>
            <translation>Lo que más hice</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format of a week's Monday</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>{activity} ({count}×)</source>
            <translation>{activity} ({count}×)</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Una actividad que quitaste</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Help and keyboard shortcuts</source>
            <translation>Ayuda y atajos de teclado</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock Wellbeing Desk</source>
            <translation>Bloquear Wellbeing Desk</translation>
        </message>
        <message>
            <source>Close the vault now</source>
            <translation>Cerrar la bóveda ahora</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Repaso</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>A quick daily check-in arrives in a coming version. Take a breath; there is nothing you need to do here yet.</source>
            <translation>Un breve registro diario llegará en una próxima versión. Respira; por ahora no hay nada que tengas que hacer aquí.</translation>
        </message>
        <message>
            <source>The journal arrives in a coming version.</source>
            <translation>El diario llegará en una próxima versión.</translation>
        </message>
        <message>
            <source>The guided debrief arrives in a coming version. Every step will be optional.</source>
            <translation>El repaso guiado llegará en una próxima versión. Cada paso será opcional.</translation>
        </message>
        <message>
            <source>The directory of support contacts arrives in a coming version.</source>
            <translation>El directorio de contactos de apoyo llegará en una próxima versión.</translation>
        </message>
        <message>
            <source>Dialogue notes arrive in a coming version.</source>
            <translation>Las notas de diálogos llegarán en una próxima versión.</translation>
        </message>
        <message>
            <source>Optional, encrypted sync arrives in a coming version. Until then, nothing leaves this computer.</source>
            <translation>La sincronización opcional y cifrada llegará en una próxima versión. Hasta entonces, nada sale de este equipo.</translation>
        </message>
    </context>
    <context>
        <name>_Table</name>
        <message>
            <source>Select the whole table</source>
            <translation>Seleccionar toda la tabla</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Contact type</source>
            <translation>Tipo de contacto</translation>
        </message>
        <message>
            <source>Phone number, address or handle</source>
            <translation>Número de teléfono, dirección o usuario</translation>
        </message>
        <message>
            <source>Number, address or handle</source>
            <translation>Número, dirección o usuario</translation>
        </message>
        <message>
            <source>Contact label</source>
            <translation>Etiqueta del contacto</translation>
        </message>
        <message>
            <source>Label, e.g. 24-hour line</source>
            <translation>Etiqueta, p. ej. línea 24 horas</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this contact method</source>
            <translation>Quitar esta forma de contacto</translation>
        </message>
    </context>
</TS>