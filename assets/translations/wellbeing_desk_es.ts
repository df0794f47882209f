<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</TS>